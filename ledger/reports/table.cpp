#include "reports/table.hpp"

#include <algorithm>

#include "base/json_writer.hpp"
#include "reports/cell_text.hpp"

namespace fl::reports {

std::size_t Table::column(std::string_view key) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].key == key) return i;
  }
  FL_ASSERT(false && "unknown column");
  return 0;
}

Result<Format> parse_format(std::string_view text) {
  if (text == "table") return Format::table;
  if (text == "csv") return Format::csv;
  if (text == "json") return Format::json;
  return fail(Error(Errc::usage, "\"" + std::string(text) + "\" is not table, csv or json").in("--format"));
}

std::string render(const Table& t, Format f) {
  switch (f) {
    case Format::table: return render_table(t);
    case Format::csv: return render_csv(t);
    case Format::json: return render_json(t);
  }
  return {};
}

std::string group_thousands(std::string_view d) {
  const bool negative = !d.empty() && d[0] == '-';
  if (negative) d.remove_prefix(1);
  const auto point = d.find('.');
  const std::string_view whole = d.substr(0, point);
  std::string out = negative ? "-" : "";
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(whole[i]);
  }
  if (point != std::string_view::npos) out += d.substr(point);
  return out;
}

namespace {

// Display width in code points (good enough for names in Latin script).
std::size_t width(std::string_view s) {
  return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

bool right_aligned(ColumnType t) { return t != ColumnType::text; }

std::string csv_field(std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

}  // namespace

std::string render_table(const Table& t) {
  const std::size_t n = t.columns.size();
  std::vector<std::vector<std::string>> shown;
  shown.reserve(t.rows.size());
  std::vector<std::size_t> w(n);
  for (std::size_t c = 0; c < n; ++c) w[c] = width(t.columns[c].title);
  for (const Row& r : t.rows) {
    std::vector<std::string> cells = r.cells;
    for (std::size_t c = 0; c < n; ++c) {
      const auto type = t.columns[c].type;
      if ((type == ColumnType::money || type == ColumnType::running) && !cells[c].empty()) {
        cells[c] = group_thousands(cells[c]);
      } else {
        cells[c] = terminal_safe_text(cells[c]);
      }
      w[c] = std::max(w[c], width(cells[c]));
    }
    shown.push_back(std::move(cells));
  }
  std::string out;
  auto line = [&](const std::vector<std::string>& cells) {
    std::string l;
    for (std::size_t c = 0; c < n; ++c) {
      const std::size_t pad = w[c] - width(cells[c]);
      if (c > 0) l += "  ";
      if (right_aligned(t.columns[c].type)) l.append(pad, ' ');
      l += cells[c];
      if (!right_aligned(t.columns[c].type) && c + 1 < n) l.append(pad, ' ');
    }
    while (!l.empty() && l.back() == ' ') l.pop_back();
    out += l;
    out.push_back('\n');
  };
  std::vector<std::string> titles;
  for (const auto& c : t.columns) titles.push_back(c.title);
  line(titles);
  std::size_t total_width = 0;
  for (std::size_t c = 0; c < n; ++c) total_width += w[c] + (c > 0 ? 2 : 0);
  out.append(total_width, '-');
  out.push_back('\n');
  bool rule_done = false;
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    if (t.rows[i].kind == RowKind::total && !rule_done) {
      out.append(total_width, '-');
      out.push_back('\n');
      rule_done = true;
    }
    line(shown[i]);
  }
  return out;
}

std::string render_csv(const Table& t) {
  std::string out = "row";
  for (const auto& c : t.columns) out += "," + csv_field(c.key);
  out += "\r\n";
  for (const Row& r : t.rows) {
    out += r.kind == RowKind::line ? "line" : r.kind == RowKind::subtotal ? "subtotal" : "total";
    for (std::size_t c = 0; c < r.cells.size(); ++c) {
      const bool text = t.columns[c].type == ColumnType::text;
      out += "," + csv_field(text ? csv_safe_text(r.cells[c]) : r.cells[c]);
    }
    out += "\r\n";
  }
  return out;
}

std::string render_json(const Table& t) {
  std::string out;
  json::JsonWriter w(out);
  w.begin_object().member("report", t.report);
  w.key("meta").begin_object();
  for (const auto& [k, v] : t.meta) w.member(k, v);
  w.end_object();
  w.key("columns").begin_array();
  static constexpr const char* kTypes[] = {"text", "money", "count", "running"};
  for (const auto& c : t.columns) {
    w.begin_object().member("key", c.key).member("title", c.title);
    w.member("type", kTypes[static_cast<int>(c.type)]).end_object();
  }
  w.end_array();
  auto rows = [&](std::string_view name, auto pick) {
    w.key(name).begin_array();
    for (const Row& r : t.rows) {
      if (!pick(r.kind)) continue;
      w.begin_object();
      for (std::size_t c = 0; c < t.columns.size(); ++c) {
        if (t.columns[c].type == ColumnType::count) {
          w.key(t.columns[c].key).raw(r.cells[c].empty() ? "null" : r.cells[c]);
        } else {
          w.member(t.columns[c].key, r.cells[c]);
        }
      }
      w.end_object();
    }
    w.end_array();
  };
  rows("rows", [](RowKind k) { return k == RowKind::line; });
  rows("subtotals", [](RowKind k) { return k == RowKind::subtotal; });
  rows("totals", [](RowKind k) { return k == RowKind::total; });
  w.end_object();
  out.push_back('\n');
  return out;
}

}  // namespace fl::reports
