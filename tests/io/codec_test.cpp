#include <catch2/catch.hpp>

#include "io/event_codec.hpp"
#include "money/decimal.hpp"

using namespace fl;

namespace {
std::string padded_line(const std::string& body) {
  // Frame as the store would (hash values are not checked by the decoder).
  return "{\"seq\":1,\"prev\":\"" + std::string(64, '0') + "\",\"frame\":\"one\"," + body +
         ",\"hash\":\"" + std::string(64, '0') + "\"}";
}
Result<io::LineKind> decode(io::EventDecoder& d, const std::string& body, Header& h, Transaction& t) {
  static std::string storage;
  storage = padded_line(body);
  storage.reserve(storage.size() + 64);
  return d.decode_line(std::string_view(storage), h, t);
}
Result<Transaction> input(const std::string& text) {
  io::EventDecoder d;
  return d.decode_input(text, "t.json");
}
}  // namespace

TEST_CASE("a transaction survives encode and decode") {
  Transaction t;
  t.id = "T-1";
  t.date = *Date::parse("2024-01-05");
  t.posting_date = *Date::parse("2024-02-01");
  t.description = "Receipt \"tranche 1\"\tline\nnext é";
  t.reverses = "T-0";
  t.recorded_at = *Instant::parse("2026-11-27T00:00:00Z");
  Posting p;
  p.account = "Assets:Bank:BJB";
  p.amount = *parse_money("1500000", *Currency::parse("IDR"), DecimalStyle::input);
  p.dims.cso = "CSO-3204";
  p.dims.tranche = "AG-1/1";
  Posting q = p;
  q.account = "Income:Mobilised:Government";
  q.amount = *parse_money("-1500000", *Currency::parse("IDR"), DecimalStyle::input);
  t.postings = {p, q};
  const std::string body = io::encode_txn_body(t, 1);
  CHECK(body.substr(0, 90) ==
        "\"type\":\"txn\",\"id\":\"T-1\",\"recorded_at\":\"2026-11-27T00:00:00Z\",\"date\":\"2024-01-05\",\"posting_");
  CHECK(body.find("\"description\":\"Receipt \\\"tranche 1\\\"\\tline\\nnext é\"") != std::string::npos);
  CHECK(body.find("{\"account\":\"Assets:Bank:BJB\",\"amount\":\"1500000.00\",\"currency\":\"IDR\",\"cso\":\"CSO-3204\",\"tranche\":\"AG-1/1\"}") != std::string::npos);
  io::EventDecoder d;
  Header h;
  Transaction back;
  auto kind = decode(d, body, h, back);
  REQUIRE(kind);
  CHECK(*kind == io::LineKind::txn);
  CHECK(first_difference(t, back).empty());
  CHECK(back.recorded_at == t.recorded_at);
}

TEST_CASE("a header survives encode and decode") {
  Header h;
  h.ledger_id = "madani";
  h.base_currency = *Currency::parse("USD");
  h.time_zone = "Asia/Jakarta";
  h.fiscal_year_start = "10-01";
  h.target = *parse_money("700000", h.base_currency, DecimalStyle::input);
  h.rate_age_days_max = 7;
  io::EventDecoder d;
  Header back;
  Transaction t;
  auto kind = decode(d, io::encode_header_body(h), back, t);
  REQUIRE(kind);
  CHECK(*kind == io::LineKind::header);
  CHECK(back.target == h.target);
  CHECK(back.fiscal_year_start == "10-01");
}

TEST_CASE("journal lines are decoded strictly") {
  io::EventDecoder d;
  Header h;
  Transaction t;
  const std::string ok_prefix =
      "\"type\":\"txn\",\"id\":\"T-1\",\"recorded_at\":\"2026-11-27T00:00:00Z\",\"date\":\"2024-01-05\","
      "\"posting_date\":\"2024-01-05\",\"description\":\"\",\"postings\":";
  auto err = [&](const std::string& body) {
    auto r = decode(d, body, h, t);
    return r ? std::string("ok") : r.error().render();
  };
  CHECK(err(ok_prefix + "[{\"account\":\"Assets:A\",\"amount\":\"1.00\",\"currency\":\"USD\"},"
                        "{\"account\":\"Equity:B\",\"amount\":\"-1.00\",\"currency\":\"USD\"}]") == "ok");
  CHECK(err(ok_prefix + "[{\"account\":\"Assets:A\",\"amount\":\"1\",\"currency\":\"USD\"}]") ==
        "error: postings[0].amount: \"1\" is not a decimal amount: the journal writes exactly 2 decimals for USD");
  CHECK(err(ok_prefix + "[{\"account\":\"Assets:A\",\"amount\":1.00,\"currency\":\"USD\"}]") ==
        "error: postings[0].amount: must be a decimal string such as \"1500000.00\", not a JSON number");
  CHECK(err(ok_prefix + "[{\"account\":\"Assets:A\",\"amount\":\"1.00\",\"currency\":\"USD\",\"colour\":\"x\"}]") ==
        "error: postings[0].colour: unknown member");
  CHECK(err("\"type\":\"txn\",\"id\":\"T-1\"") == "error: recorded_at: is missing");
  CHECK(err("\"type\":\"wat\"") == "error: type: unknown event type \"wat\"");
}

TEST_CASE("input documents report the file, line and column of a bad value") {
  const std::string text =
      "{\n"
      "  \"id\": \"T-9\",\n"
      "  \"date\": \"2024-01-05\",\n"
      "  \"postings\": [\n"
      "    {\"account\": \"Assets:Bank:BJB\", \"amount\": \"1e5\", \"currency\": \"IDR\"},\n"
      "    {\"account\": \"Equity:Opening\", \"amount\": \"-100000\", \"currency\": \"IDR\"}\n"
      "  ]\n"
      "}\n";
  auto r = input(text);
  REQUIRE_FALSE(r);
  CHECK(r.error().render() ==
        "t.json:5:46: error: postings[0].amount: \"1e5\" is not a decimal amount: exponent notation is not accepted");
  auto bad_date = input("{\"id\":\"T-1\",\"date\":\"2024-02-30\",\"postings\":[]}");
  CHECK(bad_date.error().render() == "t.json:1:20: error: date: 2024-02-30 is not a calendar date");
  auto missing = input("{\"id\":\"T-1\",\"postings\":[{\"account\":\"Assets:A\",\"amount\":\"1\",\"currency\":\"USD\"}]}");
  CHECK(missing.error().render() == "t.json:1:1: error: date: is missing");
  auto not_json = input("{\"id\": \"T-1\",");
  CHECK_FALSE(not_json);
  CHECK(not_json.error().pos()->path == "t.json");
  auto ok = input("{\"id\":\"T-1\",\"date\":\"2024-01-05\",\"postings\":[{\"account\":\"Assets:A\",\"amount\":\"1\","
                  "\"currency\":\"USD\"},{\"account\":\"Equity:B\",\"amount\":\"-1\",\"currency\":\"USD\"}]}");
  REQUIRE(ok);
  CHECK(ok->posting_date == ok->date);
  CHECK(ok->postings[1].amount.to_string() == "-1.00");
}

#include "io/canonical.hpp"

TEST_CASE("the canonical fast path agrees with the general decoder or steps aside") {
  Transaction t;
  t.id = "RC-7";
  t.date = *Date::parse("2024-03-01");
  t.posting_date = *Date::parse("2024-03-02");
  t.recorded_at = *Instant::parse("2026-11-27T00:00:00Z");
  t.description = "Penerimaan termin 2 — Baznas";
  Posting p;
  p.account = "Assets:Bank:BJB-3204";
  p.amount = *parse_money("1500000", *Currency::parse("IDR"), DecimalStyle::input);
  p.dims.cso = "CSO-3204";
  p.dims.counterparty = "BAZNAS";
  Posting q = p;
  q.account = "Income:Mobilised:Philanthropy";
  q.amount = *parse_money("-1500000", *Currency::parse("IDR"), DecimalStyle::input);
  q.dims.counterparty.clear();
  q.dims.tranche = "2";
  t.postings = {p, q};
  for (const char* reverses : {"", "RC-6"}) {
    t.reverses = reverses;
    const std::string body = io::encode_txn_body(t, 1);
    Transaction fast;
    std::uint8_t forms = 0;
    REQUIRE(io::decode_canonical_txn(body, fast, forms));
    CHECK(first_difference(fast, t).empty());
    CHECK(fast.recorded_at == t.recorded_at);
    io::EventDecoder d;
    Header h;
    Transaction general;
    REQUIRE(decode(d, body, h, general));
    CHECK(first_difference(fast, general).empty());
  }
  t.reverses.clear();
  const std::string body = io::encode_txn_body(t, 1);
  Transaction out;
  std::uint8_t forms = 0;
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string b = body;
    b.replace(b.find(from), from.size(), to);
    return b;
  };
  // Escapes, white space, another order, unknown members, refused values: not the fast path.
  CHECK_FALSE(io::decode_canonical_txn(replaced("Penerimaan", "Pener\\u0069maan"), out, forms));
  CHECK_FALSE(io::decode_canonical_txn(replaced("\"id\":", "\"id\": "), out, forms));
  CHECK(io::decode_canonical_txn(replaced("\"cso\":\"CSO-3204\",", ""), out, forms));
  CHECK_FALSE(io::decode_canonical_txn(replaced("\"amount\":\"1500000.00\"", "\"amount\":\"1500000\""), out, forms));
  CHECK_FALSE(io::decode_canonical_txn(replaced("\"currency\":\"IDR\",\"cso\"", "\"currency\":\"IDR\",\"colour\":\"x\",\"cso\""), out, forms));
  CHECK_FALSE(io::decode_canonical_txn(replaced("2024-03-01", "2024-02-30"), out, forms));
  CHECK_FALSE(io::decode_canonical_txn(replaced("Assets:Bank", "assets:Bank"), out, forms));
  CHECK_FALSE(io::decode_canonical_txn(body + ",\"extra\":1", out, forms));
  CHECK_FALSE(io::decode_canonical_txn(replaced("Baznas", "Baz\xff"), out, forms));
}

TEST_CASE("version 2 writes what all postings share once, on the event, and reads it back") {
  Transaction t;
  t.id = "RC-8";
  t.date = *Date::parse("2024-03-01");
  t.posting_date = t.date;
  t.recorded_at = *Instant::parse("2026-11-27T00:00:00Z");
  t.description = "Receipt";
  Posting p;
  p.account = "Assets:Bank:BJB-3204";
  p.amount = *parse_money("1500000", *Currency::parse("IDR"), DecimalStyle::input);
  p.dims.cso = "CSO-3204";
  p.dims.agreement = "AG-1";
  p.dims.tranche = "1";
  Posting q = p;
  q.account = "Income:Grants:Government";
  q.amount = *parse_money("-1500000", *Currency::parse("IDR"), DecimalStyle::input);
  q.dims.tranche = "2";
  t.postings = {p, q};
  const std::string v2 = io::encode_txn_body(t, 2);
  CHECK(v2 ==
        "\"type\":\"txn\",\"id\":\"RC-8\",\"recorded_at\":\"2026-11-27T00:00:00Z\",\"date\":\"2024-03-01\","
        "\"description\":\"Receipt\",\"currency\":\"IDR\",\"cso\":\"CSO-3204\",\"agreement\":\"AG-1\","
        "\"postings\":[{\"account\":\"Assets:Bank:BJB-3204\",\"amount\":\"1500000.00\",\"tranche\":\"1\"},"
        "{\"account\":\"Income:Grants:Government\",\"amount\":\"-1500000.00\",\"tranche\":\"2\"}]");
  const std::string v1 = io::encode_txn_body(t, 1);
  CHECK(v1.size() > v2.size());
  for (const auto& [body, form] : {std::pair{v1, 2u}, std::pair{v2, 4u}}) {
    Transaction fast;
    std::uint8_t forms = 0;
    REQUIRE(io::decode_canonical_txn(body, fast, forms));
    CHECK(forms == form);
    CHECK(first_difference(fast, t).empty());
    io::EventDecoder d;
    Header h;
    Transaction general;
    REQUIRE(decode(d, body, h, general));
    CHECK(d.forms() == form);
    CHECK(first_difference(general, t).empty());
  }
  // Not canonical in version 2: a shared member left on each posting, one given twice, a
  // posting_date equal to date.
  auto replaced = [&](std::string b, const std::string& from, const std::string& to) {
    b.replace(b.find(from), from.size(), to);
    return b;
  };
  Transaction out;
  std::uint8_t forms = 0;
  const std::string given_twice = replaced(v2, "\"tranche\":\"1\"", "\"tranche\":\"1\",\"cso\":\"CSO-3204\"");
  CHECK_FALSE(io::decode_canonical_txn(given_twice, out, forms));
  io::EventDecoder d;
  Header h;
  auto r = decode(d, given_twice, h, out);
  REQUIRE_FALSE(r);
  CHECK(r.error().render() == "error: postings[0].cso: is given for all postings on the event already");
  const std::string dated = replaced(v2, "\"description\"", "\"posting_date\":\"2024-03-01\",\"description\"");
  CHECK_FALSE(io::decode_canonical_txn(dated, out, forms));
  CHECK_FALSE(decode(d, dated, h, out));
  // Two postings in different currencies share no currency: both versions write the same bytes
  // when nothing else is shared and the posting date differs.
  t.posting_date = *Date::parse("2024-03-05");
  t.postings[0].amount = *parse_money("1", *Currency::parse("USD"), DecimalStyle::input);
  for (auto& x : t.postings) {
    x.dims = Dimensions{};
  }
  CHECK(io::encode_txn_body(t, 2) == io::encode_txn_body(t, 1));
  REQUIRE(io::decode_canonical_txn(io::encode_txn_body(t, 2), out, forms));
  CHECK(forms == 6);
}

TEST_CASE("a migrated header records the journal it came from") {
  Header h;
  h.ledger_id = "m";
  h.base_currency = *Currency::parse("USD");
  h.time_zone = "UTC";
  h.fiscal_year_start = "01-01";
  h.target = *parse_money("0", h.base_currency, DecimalStyle::input);
  h.migrated_from = MigratedFrom{1, 42, std::string(64, 'a')};
  const std::string body = io::encode_header_body(h);
  CHECK(body.find(",\"version\":2,") != std::string::npos);
  CHECK(body.ends_with(",\"migrated_from\":{\"version\":1,\"lines\":42,\"head\":\"" + std::string(64, 'a') + "\"}"));
  io::EventDecoder d;
  Header back;
  Transaction t;
  REQUIRE(decode(d, body, back, t));
  CHECK(back.version == 2);
  CHECK(back.migrated_from == h.migrated_from);
}
