#include "io/event_codec.hpp"
#include "io/domain_codec.hpp"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "base/limits.hpp"
#include "base/json_writer.hpp"
#include "journal/names.hpp"
#include "money/decimal.hpp"

namespace fl::io {

namespace sj = simdjson::ondemand;

static_assert(simdjson::SIMDJSON_PADDING <= 64, "journal lines are padded by 64 bytes (store::kLinePadding)");

namespace {

enum class Mode { journal, input };

// Bit flags of the members seen, to catch duplicates and missing required members.
enum Member : std::uint32_t {
  m_type = 1u << 0, m_id = 1u << 1, m_recorded_at = 1u << 2, m_date = 1u << 3,
  m_posting_date = 1u << 4, m_description = 1u << 5, m_reverses = 1u << 6, m_postings = 1u << 7,
  m_format = 1u << 8, m_version = 1u << 9, m_ledger_id = 1u << 10, m_base_currency = 1u << 11,
  m_time_zone = 1u << 12, m_fiscal = 1u << 13, m_target = 1u << 14, m_rate_age = 1u << 15,
  m_created_at = 1u << 16, m_data = 1u << 17, m_recorded_on = 1u << 18, m_migrated_from = 1u << 19,
};

// Version 2 writes a posting member that every posting of the event shares once, on the event
// (docs/format/journal.md §3.2): the currency, then the dimensions, in this order.
constexpr std::size_t kShareable = 1 + kDimensionCount;

std::string_view shareable_name(std::size_t m) {
  return m == 0 ? std::string_view("currency") : dimension_name(static_cast<Dimension>(m - 1));
}

std::optional<std::size_t> shareable_index(std::string_view key) {
  for (std::size_t m = 0; m < kShareable; ++m) {
    if (key == shareable_name(m)) return m;
  }
  return std::nullopt;
}

}  // namespace

struct EventDecoder::Impl {
  sj::parser parser;
  const char* where = nullptr;  // location of the value that failed
  std::string_view doc_begin;
  // The members the event gives for all its postings (version 2), "" when not given.
  std::array<std::string_view, kShareable> shared{};
  std::uint8_t forms = 0;  // the versions whose canonical form the last line decoded is in

  Result<LineKind> read_type(sj::value& val, Transaction& txn);
  Result<LineKind> read_members(sj::object& obj, Header& header, Transaction& txn,
                                std::uint32_t& seen);
  Result<void> check_canonical(std::string_view line, LineKind kind, const Header& header,
                               const Transaction& txn);

  Unexpected refuse(std::string_view field, std::string message, const char* at) {
    where = at;
    return fail(Error(Errc::invalid_input, std::move(message)).in(field));
  }

  Result<std::string_view> string_of(sj::value& v, std::string_view field) {
    const char* at = v.raw_json_token().data();
    std::string_view s;
    if (v.get_string().get(s) != simdjson::SUCCESS) {
      return refuse(field, "must be a JSON string", at);
    }
    return s;
  }

  Result<void> id_into(sj::value& v, std::string_view field, std::string& out) {
    const char* at = v.raw_json_token().data();
    FL_TRY(std::string_view s, string_of(v, field));
    if (auto r = check_id(s); !r) return refuse(field, r.error().message(), at);
    out.assign(s);
    return ok();
  }

  Result<Date> date_of(sj::value& v, std::string_view field) {
    const char* at = v.raw_json_token().data();
    FL_TRY(std::string_view s, string_of(v, field));
    auto d = Date::parse(s);
    if (!d) return refuse(field, d.error().message(), at);
    return *d;
  }

  Result<void> posting(sj::value& v, Mode mode, Posting& p) {
    sj::object obj;
    const char* at = v.raw_json_token().data();
    if (v.get_object().get(obj) != simdjson::SUCCESS) return refuse("", "must be a JSON object", at);
    std::uint32_t seen = 0;
    std::string_view amount_text;
    const char* amount_at = nullptr;
    const char* currency_at = nullptr;
    std::string_view currency_text;
    for (std::size_t d = 0; d < kDimensionCount; ++d) p.dims[kDimensions[d]].assign(shared[d + 1]);
    for (auto field : obj) {
      std::string_view key;
      if (field.unescaped_key().get(key) != simdjson::SUCCESS) return refuse("", "bad member name", at);
      sj::value val = field.value();
      const char* vat = val.raw_json_token().data();
      auto once = [&](std::uint32_t bit) -> Result<void> {
        if (seen & bit) return refuse(key, "appears twice", vat);
        seen |= bit;
        return ok();
      };
      if (key == "account") {
        FL_TRY_VOID(once(1));
        FL_TRY(std::string_view s, string_of(val, key));
        if (auto r = check_account(s); !r) return refuse(key, r.error().message(), vat);
        p.account.assign(s);
      } else if (key == "amount") {
        FL_TRY_VOID(once(2));
        amount_at = vat;
        if (val.type().value_unsafe() != sj::json_type::string) {
          return refuse(key, "must be a decimal string such as \"1500000.00\", not a JSON number", vat);
        }
        FL_TRY(amount_text, string_of(val, key));
      } else if (key == "currency") {
        FL_TRY_VOID(once(4));
        currency_at = vat;
        if (!shared[0].empty()) return refuse(key, "is given for all postings on the event already", vat);
        FL_TRY(currency_text, string_of(val, key));
      } else {
        auto dim = parse_dimension(key);
        if (!dim) return refuse(key, "unknown member", vat);
        FL_TRY_VOID(once(8u << static_cast<unsigned>(*dim)));
        if (!shared[static_cast<std::size_t>(*dim) + 1].empty()) {
          return refuse(key, "is given for all postings on the event already", vat);
        }
        FL_TRY_VOID(id_into(val, key, p.dims[*dim]));
      }
    }
    if (!(seen & 1)) return refuse("account", "is missing", at);
    if (!(seen & 2)) return refuse("amount", "is missing", at);
    if (!(seen & 4)) {
      if (shared[0].empty()) return refuse("currency", "is missing", at);
      currency_text = shared[0];
      currency_at = at;
    }
    auto cur = Currency::parse(currency_text);
    if (!cur) return refuse("currency", cur.error().message(), currency_at);
    auto amount = parse_money(amount_text, *cur,
                              mode == Mode::journal ? DecimalStyle::canonical : DecimalStyle::input);
    if (!amount) return refuse("amount", amount.error().message(), amount_at);
    p.amount = std::move(*amount);
    return ok();
  }

  Result<void> postings(sj::value& v, Mode mode, Transaction& t) {
    sj::array arr;
    const char* at = v.raw_json_token().data();
    if (v.get_array().get(arr) != simdjson::SUCCESS) return refuse("postings", "must be a JSON array", at);
    std::size_t n = 0;
    for (auto elem : arr) {
      if (n == limits::postings_max) return refuse("postings", "more than 1000 postings", at);
      if (t.postings.size() <= n) t.postings.emplace_back();
      sj::value pv;
      if (elem.get(pv) != simdjson::SUCCESS) return refuse("postings", "malformed", at);
      if (auto r = posting(pv, mode, t.postings[n]); !r) {
        return fail(std::move(r).error().in("postings[" + std::to_string(n) + "]"));
      }
      ++n;
    }
    t.postings.resize(n);
    if (n == 0 && t.kind == EventKind::txn) return refuse("postings", "a transaction needs postings", at);
    return ok();
  }

  // Decodes the members of a transaction; `seen` starts with what the caller already read.
  Result<void> txn_member(std::string_view key, sj::value& val, Mode mode, Transaction& t,
                          std::uint32_t& seen) {
    const char* vat = val.raw_json_token().data();
    auto once = [&](std::uint32_t bit) -> Result<void> {
      if (seen & bit) return refuse(key, "appears twice", vat);
      seen |= bit;
      return ok();
    };
    if (key == "id") {
      FL_TRY_VOID(once(m_id));
      return id_into(val, key, t.id);
    }
    if (key == "date") {
      FL_TRY_VOID(once(m_date));
      FL_TRY(t.date, date_of(val, key));
      return ok();
    }
    if (key == "posting_date") {
      FL_TRY_VOID(once(m_posting_date));
      FL_TRY(t.posting_date, date_of(val, key));
      return ok();
    }
    if (key == "description") {
      FL_TRY_VOID(once(m_description));
      FL_TRY(std::string_view s, string_of(val, key));
      if (s.size() > limits::description_bytes_max) {
        return refuse(key, "is longer than 1000 bytes", vat);
      }
      t.description.assign(s);
      return ok();
    }
    if (key == "reverses") {
      FL_TRY_VOID(once(m_reverses));
      return id_into(val, key, t.reverses);
    }
    if (key == "postings") {
      FL_TRY_VOID(once(m_postings));
      return postings(val, mode, t);
    }
    if (key == "data" && mode == Mode::journal && t.kind != EventKind::txn) {
      FL_TRY_VOID(once(m_data));
      sj::object obj;
      std::string_view raw;
      if (val.get_object().get(obj) != simdjson::SUCCESS || obj.raw_json().get(raw) != simdjson::SUCCESS) {
        return refuse(key, "must be a JSON object", vat);
      }
      FL_TRY(t.data, read_domain_data(t.kind, raw));
      return ok();
    }
    if (auto m = shareable_index(key); m && mode == Mode::journal) {
      FL_TRY_VOID(once(1u << (24 + *m)));
      if (seen & m_postings) return refuse(key, "must come before postings", vat);
      FL_TRY(std::string_view s, string_of(val, key));
      if (*m == 0) {
        if (auto c = Currency::parse(s); !c) return refuse(key, c.error().message(), vat);
      } else if (auto r = check_id(s); !r) {
        return refuse(key, r.error().message(), vat);
      }
      if (s.empty()) return refuse(key, "is empty", vat);
      shared[*m] = s;
      return ok();
    }
    if (key == "recorded_on" && mode == Mode::journal) {
      FL_TRY_VOID(once(m_recorded_on));
      FL_TRY(Date d, date_of(val, key));
      t.recorded_on = d;
      return ok();
    }
    if (key == "recorded_at" && mode == Mode::journal) {
      FL_TRY_VOID(once(m_recorded_at));
      FL_TRY(std::string_view s, string_of(val, key));
      auto i = Instant::parse(s);
      if (!i) return refuse(key, i.error().message(), vat);
      t.recorded_at = *i;
      return ok();
    }
    return refuse(key, "unknown member", vat);
  }

  Result<void> header_member(std::string_view key, sj::value& val, Header& h, std::uint32_t& seen) {
    const char* vat = val.raw_json_token().data();
    auto once = [&](std::uint32_t bit) -> Result<void> {
      if (seen & bit) return refuse(key, "appears twice", vat);
      seen |= bit;
      return ok();
    };
    auto text = [&]() -> Result<std::string_view> { return string_of(val, key); };
    if (key == "format") {
      FL_TRY_VOID(once(m_format));
      FL_TRY(auto s, text());
      if (s != "fundledger-journal") return refuse(key, "is not \"fundledger-journal\"", vat);
    } else if (key == "version") {
      FL_TRY_VOID(once(m_version));
      std::uint64_t v = 0;
      if (val.get_uint64().get(v) != simdjson::SUCCESS || v < 1 || v > 2) {
        return refuse(key, "this fundledger reads journal format versions 1 and 2 only", vat);
      }
      h.version = static_cast<std::uint32_t>(v);
    } else if (key == "ledger_id") {
      FL_TRY_VOID(once(m_ledger_id));
      return id_into(val, key, h.ledger_id);
    } else if (key == "base_currency") {
      FL_TRY_VOID(once(m_base_currency));
      FL_TRY(auto s, text());
      auto c = Currency::parse(s);
      if (!c) return refuse(key, c.error().message(), vat);
      h.base_currency = *c;
    } else if (key == "time_zone") {
      FL_TRY_VOID(once(m_time_zone));
      FL_TRY(auto s, text());
      const bool name_chars = std::all_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '+' ||
               c == '.' || c == '/' || c == '-';
      });
      if (s.empty() || s.size() > 64 || !name_chars) {
        return refuse(key, "is not a time zone name ([A-Za-z0-9_+./-], 1 to 64 characters)", vat);
      }
      h.time_zone.assign(s);
    } else if (key == "fiscal_year_start") {
      FL_TRY_VOID(once(m_fiscal));
      FL_TRY(auto s, text());
      if (auto f = FiscalYearStart::parse(s); !f) return refuse(key, f.error().message(), vat);
      h.fiscal_year_start.assign(s);
    } else if (key == "target") {
      FL_TRY_VOID(once(m_target));
      FL_TRY(auto s, text());
      h.target_text.assign(s);
    } else if (key == "rate_age_days_max") {
      FL_TRY_VOID(once(m_rate_age));
      std::int64_t v = 0;
      if (val.get_int64().get(v) != simdjson::SUCCESS || v < 0 || v > 3660) {
        return refuse(key, "must be a whole number of days from 0 to 3660", vat);
      }
      h.rate_age_days_max = static_cast<std::int32_t>(v);
    } else if (key == "created_at") {
      FL_TRY_VOID(once(m_created_at));
      FL_TRY(auto s, text());
      auto i = Instant::parse(s);
      if (!i) return refuse(key, i.error().message(), vat);
      h.created_at = *i;
    } else if (key == "migrated_from") {
      FL_TRY_VOID(once(m_migrated_from));
      return migrated_from(val, h);
    } else {
      return refuse(key, "unknown member", vat);
    }
    return ok();
  }

  // {"version":1,"lines":N,"head":"<64 hex>"}: the journal this one was migrated from.
  Result<void> migrated_from(sj::value& val, Header& h) {
    const char* vat = val.raw_json_token().data();
    sj::object obj;
    if (val.get_object().get(obj) != simdjson::SUCCESS) return refuse("migrated_from", "must be a JSON object", vat);
    MigratedFrom m;
    std::uint32_t seen = 0;
    for (auto field : obj) {
      std::string_view key;
      sj::value v;
      if (field.unescaped_key().get(key) != simdjson::SUCCESS || field.value().get(v) != simdjson::SUCCESS) {
        return refuse("migrated_from", "malformed", vat);
      }
      std::uint64_t n = 0;
      std::string_view text;
      if (key == "version" && !(seen & 1) && v.get_uint64().get(n) == simdjson::SUCCESS && n >= 1 && n < 2) {
        m.version = static_cast<std::uint32_t>(n);
        seen |= 1;
      } else if (key == "lines" && !(seen & 2) && v.get_uint64().get(n) == simdjson::SUCCESS && n >= 1) {
        m.lines = n;
        seen |= 2;
      } else if (key == "head" && !(seen & 4) && v.get_string().get(text) == simdjson::SUCCESS &&
                 text.size() == 64 &&
                 std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); })) {
        m.head.assign(text);
        seen |= 4;
      } else {
        return refuse("migrated_from." + std::string(key),
                      "is not one of version (an older version), lines (a count from 1), head (64 lowercase hex digits), each once", vat);
      }
    }
    if (seen != 7) return refuse("migrated_from", "needs version, lines and head", vat);
    h.migrated_from = std::move(m);
    return ok();
  }
};

namespace {

// Bit v for each format version v whose canonical form `body` is in (one value, one spelling).
std::uint8_t forms_of(std::string_view body, LineKind kind, const Header& header, const Transaction& txn) {
  if (kind == LineKind::header) {
    return body == encode_header_body(header) ? static_cast<std::uint8_t>(1u << header.version) : std::uint8_t{0};
  }
  std::uint8_t forms = 0;
  for (std::uint32_t v = 1; v <= kJournalVersionLatest; ++v) {
    if (body == encode_txn_body(txn, v)) forms |= static_cast<std::uint8_t>(1u << v);
  }
  return forms;
}

}  // namespace

EventDecoder::EventDecoder() : impl_(std::make_unique<Impl>()) {}
EventDecoder::~EventDecoder() = default;

namespace {

// Every member the line's kind requires is there (a domain event also needs its data).
Result<void> check_required(LineKind kind, const Transaction& txn, std::uint32_t seen) {
  const std::uint32_t required =
      kind == LineKind::txn
          ? (m_id | m_recorded_at | m_date | m_description | m_postings)
          : (m_format | m_version | m_ledger_id | m_base_currency | m_time_zone | m_fiscal |
             m_target | m_rate_age | m_created_at);
  static constexpr std::pair<Member, std::string_view> kNames[] = {
      {m_id, "id"}, {m_recorded_at, "recorded_at"}, {m_date, "date"},
      {m_posting_date, "posting_date"}, {m_description, "description"}, {m_postings, "postings"},
      {m_format, "format"}, {m_version, "version"}, {m_ledger_id, "ledger_id"},
      {m_base_currency, "base_currency"}, {m_time_zone, "time_zone"},
      {m_fiscal, "fiscal_year_start"}, {m_target, "target"}, {m_rate_age, "rate_age_days_max"},
      {m_created_at, "created_at"}};
  if (kind == LineKind::txn && txn.kind != EventKind::txn && !(seen & m_data)) {
    return fail(Error(Errc::corrupt, "is missing").in("data"));
  }
  if ((seen & required) != required) {
    for (const auto& [bit, name] : kNames) {
      if ((required & bit) && !(seen & bit)) return fail(Error(Errc::corrupt, "is missing").in(name));
    }
  }
  return ok();
}

}  // namespace

// The first member after the framing is "type"; it says what the rest of the line is.
Result<LineKind> EventDecoder::Impl::read_type(sj::value& val, Transaction& txn) {
  std::string_view type;
  if (val.get_string().get(type) != simdjson::SUCCESS) {
    return fail(Error(Errc::corrupt, "must be a string").in("type"));
  }
  if (type == "header") return LineKind::header;
  auto event_kind = parse_event_kind(type);
  if (!event_kind) return fail(std::move(event_kind).error().in("type"));
  txn.kind = *event_kind;
  txn.data = DomainData{};
  return LineKind::txn;
}

Result<LineKind> EventDecoder::Impl::read_members(sj::object& obj, Header& header, Transaction& txn,
                                                  std::uint32_t& seen) {
  std::optional<LineKind> kind;
  for (auto field : obj) {
    std::string_view key;
    if (field.unescaped_key().get(key) != simdjson::SUCCESS) return fail(Errc::corrupt, "bad member name");
    sj::value val;
    if (field.value().get(val) != simdjson::SUCCESS) return fail(Errc::corrupt, "bad value");
    if (key == "seq" || key == "prev" || key == "frame" || key == "hash") {
      continue;  // framing, already checked byte by byte by the store
    }
    if (!kind) {
      if (key != "type") return fail(Error(Errc::corrupt, "must follow frame").in("type"));
      FL_TRY(kind, read_type(val, txn));
      seen |= m_type;
      continue;
    }
    auto r = *kind == LineKind::txn ? txn_member(key, val, Mode::journal, txn, seen)
                                     : header_member(key, val, header, seen);
    if (!r) return fail(std::move(r).error());
  }
  if (!kind) return fail(Error(Errc::corrupt, "is missing").in("type"));
  return *kind;
}

// One value, one spelling: the stored members must be exactly what the writer writes for the
// value they decode to (member order, no white space, minimal escapes).
Result<void> EventDecoder::Impl::check_canonical(std::string_view line, LineKind kind,
                                                 const Header& header, const Transaction& txn) {
  const auto type_at = line.find(",\"type\":\"");
  if (type_at == std::string_view::npos || line.size() < type_at + 1 + 75) return ok();
  const std::string_view body = line.substr(type_at + 1, line.size() - 75 - (type_at + 1));
  forms = forms_of(body, kind, header, txn);
  if (forms == 0) {
    return fail(Errc::corrupt,
                "the line is not in canonical form (members in the writer's order, no white "
                "space, minimal escapes)");
  }
  return ok();
}

Result<LineKind> EventDecoder::decode_line(std::string_view line, Header& header, Transaction& txn) {
  Impl& im = *impl_;
  sj::document doc;
  const simdjson::padded_string_view view(line.data(), line.size(), line.size() + 64);
  if (im.parser.iterate(view).get(doc) != simdjson::SUCCESS) {
    return fail(Errc::corrupt, "line is not JSON");
  }
  sj::object obj;
  if (doc.get_object().get(obj) != simdjson::SUCCESS) return fail(Errc::corrupt, "line is not a JSON object");
  std::uint32_t seen = 0;
  txn.reverses.clear();
  txn.recorded_on.reset();
  im.shared.fill({});
  im.forms = 0;
  header.migrated_from.reset();
  FL_TRY(const LineKind kind, im.read_members(obj, header, txn, seen));
  if (const char* rest = nullptr; doc.current_location().get(rest) == simdjson::SUCCESS) {
    return fail(Errc::corrupt, "text after the line's JSON object");
  }
  FL_TRY_VOID(check_required(kind, txn, seen));
  if (kind == LineKind::txn && !(seen & m_posting_date)) txn.posting_date = txn.date;  // version 2
  if (kind == LineKind::header) {
    auto target = parse_money(header.target_text, header.base_currency, DecimalStyle::canonical);
    if (!target) return fail(std::move(target).error().in("target"));
    header.target = std::move(*target);
  }
  FL_TRY_VOID(im.check_canonical(line, kind, header, txn));
  return kind;
}

std::uint8_t EventDecoder::forms() const { return impl_->forms; }

Result<LineKind> EventDecoder::decode_body(std::string_view body, Header& header,
                                           Transaction& txn, std::uint32_t version) {
  std::string line;
  line.reserve(body.size() + 2 + simdjson::SIMDJSON_PADDING);
  line.push_back('{');
  line += body;
  line.push_back('}');
  FL_TRY(LineKind kind, decode_line(line, header, txn));
  impl_->forms = forms_of(body, kind, header, txn);
  if (!(impl_->forms & (1u << version))) {
    return fail(Errc::internal, "the line is not in the form of journal version " + std::to_string(version));
  }
  return kind;
}

Result<Transaction> EventDecoder::decode_input(std::string_view text, const std::string& path) {
  Impl& im = *impl_;
  const simdjson::padded_string padded(text);
  im.where = nullptr;
  im.shared.fill({});
  auto position = [&](const char* at) {
    SourcePos pos{path, 1, 1};
    if (at == nullptr || at < padded.data() || at > padded.data() + padded.size()) return pos;
    for (const char* p = padded.data(); p < at; ++p) {
      if (*p == '\n') {
        ++pos.line;
        pos.col = 1;
      } else if ((static_cast<unsigned char>(*p) & 0xC0) != 0x80) {
        ++pos.col;
      }
    }
    return pos;
  };
  auto located = [&](Error e) { return fail(std::move(e).at(position(im.where))); };
  sj::document doc;
  if (im.parser.iterate(padded).get(doc) != simdjson::SUCCESS) {
    return fail(Error(Errc::invalid_input, "not valid JSON").at(position(nullptr)));
  }
  Transaction t;
  std::uint32_t seen = 0;
  sj::object obj;
  if (auto e = doc.get_object().get(obj); e != simdjson::SUCCESS) {
    const char* at = nullptr;
    if (doc.current_location().get(at) != simdjson::SUCCESS) at = nullptr;
    if (e == simdjson::INCORRECT_TYPE) {
      return fail(Error(Errc::invalid_input, "expected a JSON object describing one transaction")
                      .at(position(at)));
    }
    return fail(Error(Errc::invalid_input, std::string("not valid JSON: ") + simdjson::error_message(e))
                    .at(position(at == nullptr || e == simdjson::INCOMPLETE_ARRAY_OR_OBJECT
                                     ? padded.data() + text.size()
                                     : at)));
  }
  auto syntax = [&](sj::document& d) {
    const char* at = nullptr;
    if (d.current_location().get(at) != simdjson::SUCCESS) at = nullptr;
    return fail(Error(Errc::invalid_input, "not valid JSON").at(position(at)));
  };
  for (auto field : obj) {
    std::string_view key;
    if (field.unescaped_key().get(key) != simdjson::SUCCESS) return syntax(doc);
    sj::value val;
    if (field.value().get(val) != simdjson::SUCCESS) return syntax(doc);
    if (key == "type") {
      const char* at = val.raw_json_token().data();
      std::string_view type;
      if (val.get_string().get(type) != simdjson::SUCCESS || type != "txn") {
        im.where = at;
        return located(Error(Errc::invalid_input, "must be \"txn\"").in("type"));
      }
      continue;
    }
    if (auto r = im.txn_member(key, val, Mode::input, t, seen); !r) {
      return located(std::move(r).error());
    }
  }
  if (const char* rest = nullptr; doc.current_location().get(rest) == simdjson::SUCCESS) {
    return fail(Error(Errc::invalid_input, "unexpected text after the transaction object")
                    .at(position(rest)));
  }
  im.where = nullptr;
  for (auto [bit, name] : {std::pair{m_id, "id"}, std::pair{m_date, "date"},
                           std::pair{m_postings, "postings"}}) {
    if (!(seen & bit)) return located(Error(Errc::invalid_input, "is missing").in(name));
  }
  if (!(seen & m_posting_date)) t.posting_date = t.date;
  return t;
}

namespace {

std::string_view shareable_value(const Posting& p, std::size_t m) {
  return m == 0 ? p.amount.currency().code() : std::string_view(p.dims[kDimensions[m - 1]]);
}

// Which members every posting has, with one value (none when there are no postings).
std::array<bool, kShareable> shared_members(const Transaction& t, std::uint32_t version) {
  std::array<bool, kShareable> shared{};
  if (version < 2 || t.postings.empty()) return shared;
  for (std::size_t m = 0; m < kShareable; ++m) {
    const std::string_view first = shareable_value(t.postings.front(), m);
    shared[m] = !first.empty() && std::all_of(t.postings.begin(), t.postings.end(), [&](const Posting& p) {
      return shareable_value(p, m) == first;
    });
  }
  return shared;
}

void write_posting(json::JsonWriter& w, const Posting& p, const std::array<bool, kShareable>& shared) {
  w.begin_object().member("account", p.account).member("amount", p.amount.to_string());
  for (std::size_t m = 0; m < kShareable; ++m) {
    const std::string_view v = shareable_value(p, m);
    if (!shared[m] && !v.empty()) w.member(shareable_name(m), v);
  }
  w.end_object();
}

}  // namespace

std::string encode_txn_body(const Transaction& t, std::uint32_t version) {
  std::string out;
  json::JsonWriter w(out);
  w.member("type", event_kind_name(t.kind)).member("id", t.id).member("recorded_at", t.recorded_at.to_string());
  if (t.recorded_on) w.member("recorded_on", t.recorded_on->to_string());
  w.member("date", t.date.to_string());
  if (version < 2 || t.posting_date != t.date) w.member("posting_date", t.posting_date.to_string());
  w.member("description", t.description);
  if (!t.reverses.empty()) w.member("reverses", t.reverses);
  write_domain_data(w, t.data);
  const auto shared = shared_members(t, version);
  for (std::size_t m = 0; m < kShareable; ++m) {
    if (shared[m]) w.member(shareable_name(m), shareable_value(t.postings.front(), m));
  }
  w.key("postings").begin_array();
  for (const auto& p : t.postings) write_posting(w, p, shared);
  w.end_array();
  return out;
}

std::string encode_header_body(const Header& h) {
  std::string out;
  json::JsonWriter w(out);
  w.member("type", "header").member("format", "fundledger-journal").key("version").number(h.version);
  w.member("ledger_id", h.ledger_id).member("base_currency", h.base_currency.code());
  w.member("time_zone", h.time_zone).member("fiscal_year_start", h.fiscal_year_start);
  w.member("target", h.target.to_string()).key("rate_age_days_max").number(h.rate_age_days_max);
  w.member("created_at", h.created_at.to_string());
  if (h.migrated_from) {
    const MigratedFrom& m = *h.migrated_from;
    w.key("migrated_from").begin_object().key("version").number(m.version);
    w.key("lines").number(static_cast<long long>(m.lines)).member("head", m.head).end_object();
  }
  return out;
}

}  // namespace fl::io
