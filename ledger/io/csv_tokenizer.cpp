#include "io/csv_tokenizer.hpp"

#include "base/utf8.hpp"

namespace fl::io {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

std::uint64_t first_line_not_utf8(std::string_view text) {
  std::uint64_t line = 1;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      if (!valid_utf8(text.substr(start, i - start))) break;
      start = i + 1;
      ++line;
    }
  }
  return line;
}

// Reads one field of a record; `line` and `line_start` follow the line breaks inside quotes.
class FieldReader {
 public:
  FieldReader(std::string_view text, const CsvDialect& d, const std::string& label, std::size_t& pos,
              std::uint64_t& line, std::size_t& line_start)
      : text_(text), d_(d), label_(label), pos_(pos), line_(line), line_start_(line_start) {}

  Result<CsvCell> read() {
    CsvCell cell{{}, line_, column()};
    if (pos_ < text_.size() && text_[pos_] == d_.quote) FL_TRY_VOID(quoted(cell));
    const std::size_t quoted_size = cell.text.size();
    while (pos_ < text_.size() && text_[pos_] != d_.delimiter && text_[pos_] != '\n') {
      if (text_[pos_] == d_.quote && d_.quotes == CsvDialect::Quotes::strict) {
        return fail(Error(Errc::invalid_input, "a quote inside an unquoted field (quote the whole field)").at(here()));
      }
      cell.text.push_back(text_[pos_++]);
    }
    // The '\r' of a CRLF line end, read outside quotes, is not part of the field.
    if (cell.text.size() > quoted_size && cell.text.back() == '\r' && (pos_ == text_.size() || text_[pos_] == '\n')) {
      cell.text.pop_back();
    }
    return cell;
  }

 private:
  std::uint64_t column() const { return utf8_columns(text_.substr(line_start_, pos_ - line_start_)) + 1; }
  SourcePos here() const { return SourcePos{label_, line_, column()}; }

  Result<void> quoted(CsvCell& cell) {
    ++pos_;
    for (;;) {
      if (pos_ >= text_.size()) {
        return fail(Error(Errc::invalid_input, "a quoted field is not closed").at(SourcePos{label_, cell.line, cell.col}));
      }
      const char c = text_[pos_];
      if (c == d_.quote) {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == d_.quote) {
          cell.text.push_back(d_.quote);
          pos_ += 2;
          continue;
        }
        ++pos_;
        break;
      }
      if (c == '\n') {
        ++line_;
        line_start_ = pos_ + 1;
      }
      cell.text.push_back(c);
      ++pos_;
    }
    if (d_.quotes == CsvDialect::Quotes::strict && pos_ < text_.size() && text_[pos_] != d_.delimiter &&
        text_[pos_] != '\n' && !(text_[pos_] == '\r' && (pos_ + 1 == text_.size() || text_[pos_ + 1] == '\n'))) {
      return fail(Error(Errc::invalid_input, "text after a closing quote (write a quote inside a quoted field as \"\")")
                      .at(here()));
    }
    return ok();
  }

  std::string_view text_;
  const CsvDialect& d_;
  const std::string& label_;
  std::size_t& pos_;
  std::uint64_t& line_;
  std::size_t& line_start_;
};

}  // namespace

std::uint64_t utf8_columns(std::string_view s) {
  std::uint64_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

Result<std::string_view> csv_text(std::string_view text, const CsvDialect& dialect, const std::string& label,
                                  std::string_view utf8_advice) {
  if (text.starts_with(kBom)) {
    if (dialect.bom == CsvDialect::Bom::forbidden) {
      return fail(Error(Errc::invalid_input,
                        "the file starts with a byte-order mark, which this layout never has (is it the right mapping?)")
                      .at(SourcePos{label, 1, 1}));
    }
    text.remove_prefix(kBom.size());
  } else if (dialect.bom == CsvDialect::Bom::required) {
    return fail(Error(Errc::invalid_input,
                      "the file does not start with the byte-order mark this layout always has (is it the right mapping?)")
                    .at(SourcePos{label, 1, 1}));
  }
  if (!valid_utf8(text)) {
    return fail(Error(Errc::invalid_input, "the file is not UTF-8 text (" + std::string(utf8_advice) + ")")
                    .at(SourcePos{label, first_line_not_utf8(text), 0}));
  }
  return text;
}

Result<std::vector<CsvCell>> read_csv_record(std::string_view text, CsvCursor& cur, const CsvDialect& dialect,
                                             const std::string& label) {
  std::vector<CsvCell> cells;
  std::size_t pos = cur.pos;
  std::uint64_t line = cur.line;
  std::size_t line_start = pos;
  FieldReader field(text, dialect, label, pos, line, line_start);
  for (;;) {
    FL_TRY(CsvCell cell, field.read());
    cells.push_back(std::move(cell));
    if (pos < text.size() && text[pos] == dialect.delimiter) {
      ++pos;
      continue;
    }
    if (pos < text.size() && text[pos] == '\r') ++pos;  // after a closing quote
    if (pos < text.size() && text[pos] == '\n') ++pos;
    ++line;
    break;
  }
  cur.pos = pos;
  cur.line = line;
  return cells;
}

}  // namespace fl::io
