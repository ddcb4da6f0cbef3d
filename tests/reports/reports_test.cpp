#include <catch2/catch.hpp>

#include <limits>
#include <stdexcept>

#include "money/decimal.hpp"
#include "reports/ledger_reports.hpp"
#include "reports/sum.hpp"

using namespace fl;
using namespace fl::reports;

namespace {
BalanceRow row(const char* account, const char* amount, const char* code, const char* dim = "") {
  const Currency c = *Currency::parse(code);
  return BalanceRow{account, dim, Money(c, *parse_decimal(amount, c, DecimalStyle::input))};
}
}  // namespace

TEST_CASE("balance report: subtotals for parents, totals per currency") {
  const std::vector<BalanceRow> rows{row("Assets:Bank:BJB", "1500000", "IDR"), row("Assets:Bank:BRI", "500000", "IDR"),
                                     row("Equity:Opening", "-2000000", "IDR"), row("Assets:Bank:USD", "10", "USD"),
                                     row("Equity:Opening", "-10", "USD")};
  std::vector<BalanceRow> sorted = rows;
  std::sort(sorted.begin(), sorted.end(), [](const BalanceRow& a, const BalanceRow& b) {
    return std::tie(a.account, a.dim_value) < std::tie(b.account, b.dim_value);
  });
  const Table t = balance_report(sorted, {});
  CHECK(render_table(t) ==
        "Account          Currency        Balance\n"
        "----------------------------------------\n"
        "Assets           IDR        2,000,000.00\n"
        "Assets:Bank      IDR        2,000,000.00\n"
        "Assets:Bank:BJB  IDR        1,500,000.00\n"
        "Assets:Bank:BRI  IDR          500,000.00\n"
        "Equity           IDR       -2,000,000.00\n"
        "Equity:Opening   IDR       -2,000,000.00\n"
        "Assets           USD               10.00\n"
        "Assets:Bank      USD               10.00\n"
        "Assets:Bank:USD  USD               10.00\n"
        "Equity           USD              -10.00\n"
        "Equity:Opening   USD              -10.00\n"
        "----------------------------------------\n"
        "Total            IDR                0.00\n"
        "Total            USD                0.00\n");
  CHECK(render_csv(t).substr(0, 61) == "row,account,currency,amount\r\nsubtotal,Assets,IDR,2000000.00\r\n");
}

TEST_CASE("trial balance: debits equal credits") {
  const std::vector<BalanceRow> rows{row("Assets:Bank:BJB", "1500000", "IDR", "C1"), row("Equity:Opening", "-1500000", "IDR", "C1")};
  const Table t = trial_balance(rows, ReportScope{std::nullopt, Dimension::cso});
  const std::string json = render_json(t);
  CHECK(json.find("\"totals\":[{\"cso\":\"C1\",\"account\":\"Total\",\"currency\":\"IDR\",\"debit\":\"1500000.00\",\"credit\":\"1500000.00\"}]") != std::string::npos);
}

TEST_CASE("thousands grouping") {
  CHECK(group_thousands("1234567.89") == "1,234,567.89");
  CHECK(group_thousands("-123.00") == "-123.00");
  CHECK(group_thousands("-1234") == "-1,234");
  CHECK(group_thousands("0.05") == "0.05");
}

TEST_CASE("a parent account's own balance counts in its subtotal") {
  const std::vector<BalanceRow> rows{row("Assets", "10", "USD"), row("Assets:Bank", "5", "USD"),
                                     row("Assets:Bank:X", "7", "USD"), row("Equity", "-22", "USD")};
  const Table t = balance_report(rows, {});
  CHECK(render_csv(t) ==
        "row,account,currency,amount\r\nsubtotal,Assets,USD,22.00\r\nline,Assets,USD,10.00\r\n"
        "subtotal,Assets:Bank,USD,12.00\r\nline,Assets:Bank,USD,5.00\r\nline,Assets:Bank:X,USD,7.00\r\n"
        "line,Equity,USD,-22.00\r\ntotal,Total,USD,0.00\r\n");
}

// --- report aging ----------------------------------------------------------------------------

#include "engine/ledger.hpp"
#include "reports/aging.hpp"

namespace {

Money money(const char* amount, const char* code) {
  const Currency c = *Currency::parse(code);
  return Money(c, *parse_decimal(amount, c, DecimalStyle::input));
}
Date day(const char* text) { return *Date::parse(text); }

// Builds a programme event by event, as the import does: valued at the recorded rates, booked
// by the engine's rules, and checked by replay.
struct ProgrammeBuilder {
  Ledger ledger;
  const Currency usd = *Currency::parse("USD");

  ProgrammeBuilder() {
    Header h;
    h.ledger_id = "aging";
    h.base_currency = usd;
    h.time_zone = "Asia/Jakarta";
    h.fiscal_year_start = "01-01";
    h.target = Money::zero(usd);
    REQUIRE(ledger.apply_header(h));
  }
  void add(EventKind kind, std::string id, const char* date, DomainData data) {
    Transaction t;
    t.kind = kind;
    t.id = std::move(id);
    t.date = t.posting_date = day(date);
    t.data = std::move(data);
    auto postings = ledger.programme().book(t);
    REQUIRE(postings);
    t.postings = *postings;
    const auto r = ledger.apply(t);
    INFO(t.id << ": " << (r ? std::string() : r.error().render()));
    REQUIRE(r);
  }
  Valuation value(const Money& m, const char* date) {
    auto v = ledger.programme().value_at(m, day(date), usd, 7);
    REQUIRE(v);
    return *v;
  }
  void party(const char* id, PartyKind kind, const char* level = "") {
    Party p;
    p.name = std::string("Party ") + id;
    p.kind = kind;
    p.level = level;
    if (kind == PartyKind::cso) {
      p.district = "Kabupaten Bandung";
      p.province = "Jawa Barat";
      p.region_code = "32.04";
    }
    add(EventKind::party, id, "2026-01-01", p);
  }
  // tranches: (due, amount) in the agreement's currency, numbered from 1
  void sign(const char* id, const char* cso, const char* cp, const char* code,
            std::vector<std::pair<const char*, const char*>> tranches, bool conditional = false) {
    Money sum = Money::zero(*Currency::parse(code));
    std::vector<Tranche> schedule;
    for (std::size_t i = 0; i < tranches.size(); ++i) {
      schedule.push_back(Tranche{std::to_string(i + 1), day(tranches[i].first), money(tranches[i].second, code)});
      sum = *sum.plus(schedule.back().amount);
    }
    Agreement a{.cso = cso, .counterparty = cp, .amount = sum, .schedule = std::move(schedule),
                .valuation = Valuation::none(sum)};
    a.conditional = conditional;
    if (conditional) a.condition = "Laporan tahap 1 diterima";
    a.valuation = value(a.amount, "2026-01-02");
    add(EventKind::agreement, id, "2026-01-02", a);
  }
  void change(const char* id, const char* agreement, ChangeKind kind, Money amount) {
    Change ch{.agreement = agreement, .kind = kind, .amount = amount, .valuation = Valuation::none(amount)};
    ch.valuation = value(amount, "2026-01-02");  // the signing rate
    add(EventKind::change, id, "2026-02-01", ch);
  }
};

std::string csv_of(const Report& r, std::size_t table) { return render_csv(r.tables.at(table).second); }

}  // namespace

TEST_CASE("aging: buckets by days overdue, in the agreement's currency and at the signing rate") {
  ProgrammeBuilder p;
  for (const char* cso : {"CSO-A", "CSO-B"}) p.party(cso, PartyKind::cso);
  p.party("GOV-1", PartyKind::government, "district");
  p.party("CO-1", PartyKind::company, "private");
  p.add(EventKind::rate, "RATE-USD-IDR-2026-01-01", "2026-01-01",
        RateQuote{p.usd, *Currency::parse("IDR"), "15000", "JISDOR"});
  p.add(EventKind::bank_account, "BA-A", "2026-01-01",
        BankAccount{"CSO-A", "Bank BJB", "0012", "Assets:Bank:BJB-A", money("0", "IDR")});
  // Aged on 2026-12-31, tranche n of AG-1 is overdue 91, 90, 61, 60, 31, 30, 1, 0 and -15 days;
  // each is worth USD 1,000 × n at 15,000 rupiah per dollar.
  p.sign("AG-1", "CSO-A", "GOV-1", "IDR",
         {{"2026-10-01", "15000000"}, {"2026-10-02", "30000000"}, {"2026-10-31", "45000000"},
          {"2026-11-01", "60000000"}, {"2026-11-30", "75000000"}, {"2026-12-01", "90000000"},
          {"2026-12-30", "105000000"}, {"2026-12-31", "120000000"}, {"2027-01-15", "135000000"}});
  p.sign("AG-2", "CSO-A", "CO-1", "USD", {{"2026-12-15", "1000"}});       // 16 days: 1-30
  p.sign("AG-3", "CSO-B", "GOV-1", "IDR", {{"2026-06-01", "30000000"}});  // 213 days: over 90
  // Left out: wholly cancelled, condition lapsed, condition not (yet) met.
  p.sign("AG-4", "CSO-B", "CO-1", "IDR", {{"2026-03-01", "15000000"}});
  p.sign("AG-5", "CSO-B", "CO-1", "IDR", {{"2026-03-01", "15000000"}}, true);
  p.sign("AG-6", "CSO-B", "GOV-1", "IDR", {{"2026-03-01", "15000000"}}, true);
  p.change("CH-1", "AG-4", ChangeKind::cancel, money("15000000", "IDR"));
  p.change("CH-2", "AG-5", ChangeKind::condition_lapsed, money("0", "IDR"));
  // A partial receipt: tranche 1 of AG-1 keeps Rp10,000,000 outstanding, USD 666.67.
  Receipt rc = Receipt::of("AG-1", money("5000000", "IDR"), money("0", "IDR"), money("0", "IDR"));
  rc.bank_account = "BA-A";
  rc.allocation = {Allocation{"1", money("5000000", "IDR")}};
  rc.valuation = p.value(rc.gross, "2026-01-05");
  p.add(EventKind::receipt, "RC-1", "2026-01-05", rc);

  const Report r = aging_report(p.ledger, day("2026-12-31"), day("2026-12-31"));
  REQUIRE(r.tables.size() == 3);
  CHECK(r.name == "aging");
  CHECK(r.meta == std::vector<std::pair<std::string, std::string>>{
                      {"as_of", "2026-12-31"}, {"today", "2026-12-31"}, {"currency", "USD"}});
  const std::string header =
      "current,one_to_thirty,thirty_one_to_sixty,sixty_one_to_ninety,over_ninety,outstanding,"
      "current_value,one_to_thirty_value,thirty_one_to_sixty_value,sixty_one_to_ninety_value,over_ninety_value,"
      "outstanding_value\r\n";
  // Buckets: current = tranches 8 (0 days) and 9 (not yet due); 1-30 = 6 (30) and 7 (1);
  // 31-60 = 4 (60) and 5 (31); 61-90 = 2 (90) and 3 (61); over 90 = what is left of 1 (91).
  CHECK(csv_of(r, 0) ==
        "row,cso,currency," + header +
            "line,CSO-A,IDR,255000000.00,195000000.00,135000000.00,75000000.00,10000000.00,670000000.00,"
            "17000.00,13000.00,9000.00,5000.00,666.67,44666.67\r\n"
            "line,CSO-A,USD,0.00,1000.00,0.00,0.00,0.00,1000.00,0.00,1000.00,0.00,0.00,0.00,1000.00\r\n"
            "line,CSO-B,IDR,0.00,0.00,0.00,0.00,30000000.00,30000000.00,0.00,0.00,0.00,0.00,2000.00,2000.00\r\n"
            "total,Total,IDR,255000000.00,195000000.00,135000000.00,75000000.00,40000000.00,700000000.00,"
            "17000.00,13000.00,9000.00,5000.00,2666.67,46666.67\r\n"
            "total,Total,USD,0.00,1000.00,0.00,0.00,0.00,1000.00,0.00,1000.00,0.00,0.00,0.00,1000.00\r\n"
            "total,Total,,,,,,,,17000.00,14000.00,9000.00,5000.00,2666.67,47666.67\r\n");
  CHECK(csv_of(r, 1) ==
        "row,counterparty,currency," + header +
            "line,CO-1,USD,0.00,1000.00,0.00,0.00,0.00,1000.00,0.00,1000.00,0.00,0.00,0.00,1000.00\r\n"
            "line,GOV-1,IDR,255000000.00,195000000.00,135000000.00,75000000.00,40000000.00,700000000.00,"
            "17000.00,13000.00,9000.00,5000.00,2666.67,46666.67\r\n"
            "total,Total,IDR,255000000.00,195000000.00,135000000.00,75000000.00,40000000.00,700000000.00,"
            "17000.00,13000.00,9000.00,5000.00,2666.67,46666.67\r\n"
            "total,Total,USD,0.00,1000.00,0.00,0.00,0.00,1000.00,0.00,1000.00,0.00,0.00,0.00,1000.00\r\n"
            "total,Total,,,,,,,,17000.00,14000.00,9000.00,5000.00,2666.67,47666.67\r\n");
  // The chase list: overdue tranches only (not tranche 8, due that day), oldest first.
  CHECK(csv_of(r, 2) ==
        "row,agreement,cso,counterparty,tranche,due,days_overdue,bucket,currency,outstanding,outstanding_value\r\n"
        "line,AG-3,CSO-B,GOV-1,1,2026-06-01,213,over 90,IDR,30000000.00,2000.00\r\n"
        "line,AG-1,CSO-A,GOV-1,1,2026-10-01,91,over 90,IDR,10000000.00,666.67\r\n"
        "line,AG-1,CSO-A,GOV-1,2,2026-10-02,90,61-90,IDR,30000000.00,2000.00\r\n"
        "line,AG-1,CSO-A,GOV-1,3,2026-10-31,61,61-90,IDR,45000000.00,3000.00\r\n"
        "line,AG-1,CSO-A,GOV-1,4,2026-11-01,60,31-60,IDR,60000000.00,4000.00\r\n"
        "line,AG-1,CSO-A,GOV-1,5,2026-11-30,31,31-60,IDR,75000000.00,5000.00\r\n"
        "line,AG-1,CSO-A,GOV-1,6,2026-12-01,30,1-30,IDR,90000000.00,6000.00\r\n"
        "line,AG-2,CSO-A,CO-1,1,2026-12-15,16,1-30,USD,1000.00,1000.00\r\n"
        "line,AG-1,CSO-A,GOV-1,7,2026-12-30,1,1-30,IDR,105000000.00,7000.00\r\n"
        "total,Total,,,,,,,IDR,445000000.00,29666.67\r\n"
        "total,Total,,,,,,,USD,1000.00,1000.00\r\n"
        "total,Total,,,,,,,,,30666.67\r\n");
  const std::string json = render(r, Format::json);
  CHECK(json.starts_with(
      "{\"report\":\"aging\",\"meta\":{\"as_of\":\"2026-12-31\",\"today\":\"2026-12-31\",\"currency\":\"USD\"},\"tables\":["));
  CHECK(json.find("\"days_overdue\":null") != std::string::npos);

  // A day later every bucket boundary moves by one: tranche 8 is 1 day overdue, 6 is 31, 4 is 61, 2 is 91.
  const Report later = aging_report(p.ledger, std::nullopt, day("2027-01-01"));
  CHECK(later.meta.front() == std::pair<std::string, std::string>{"as_of", ""});
  CHECK(csv_of(later, 0).find("line,CSO-A,IDR,135000000.00,225000000.00,165000000.00,105000000.00,40000000.00,"
                              "670000000.00,9000.00,15000.00,11000.00,7000.00,2666.67,44666.67\r\n") != std::string::npos);
}

TEST_CASE("aging: nothing outstanding still has its total across currencies") {
  ProgrammeBuilder p;
  const Report r = aging_report(p.ledger, std::nullopt, day("2026-12-31"));
  CHECK(csv_of(r, 0).ends_with("\r\ntotal,Total,,,,,,,,0.00,0.00,0.00,0.00,0.00,0.00\r\n"));
  CHECK(csv_of(r, 2) ==
        "row,agreement,cso,counterparty,tranche,due,days_overdue,bucket,currency,outstanding,outstanding_value\r\n"
        "total,Total,,,,,,,,,0.00\r\n");
}

TEST_CASE("report sums are checked: an overflow is an error the command reports, never an abort") {
  const Currency usd = *Currency::parse("USD");
  const Money max(usd, std::numeric_limits<Int128>::max());
  CHECK(fl::reports::plus(Money(usd, Int128(150)), Money(usd, Int128(-50))) == Money(usd, Int128(100)));
  CHECK_THROWS_AS(fl::reports::plus(max, Money(usd, Int128(1))), std::overflow_error);
  CHECK_THROWS_WITH(fl::reports::plus(max, Money(usd, Int128(1))), "amount overflows 128 bits");
  CHECK_THROWS_AS(fl::reports::plus(max, Money::zero(*Currency::parse("IDR"))), std::overflow_error);
  Money total = Money::zero(usd);
  fl::reports::add_to(total, Money(usd, Int128(7)));
  CHECK(total.to_string() == "0.07");
}
