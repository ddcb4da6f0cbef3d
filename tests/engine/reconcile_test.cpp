// The bank book and the matching rules (docs/reconcile.md), on a small ledger in USD so that no
// exchange rate is needed: every figure below is one a finance officer would check by hand.
#include <catch2/catch.hpp>

#include <algorithm>

#include "engine/ledger.hpp"
#include "engine/matching.hpp"
#include "money/decimal.hpp"

using namespace fl;

namespace {

const Currency kUsd = *Currency::parse("USD");

Money usd(const char* amount) { return *parse_money(amount, kUsd, DecimalStyle::input); }
Int128 minor(const char* amount) { return usd(amount).minor(); }
Date day(const char* d) { return *Date::parse(d); }

Transaction event(EventKind kind, std::string id, const char* date, DomainData data, std::string description = "") {
  Transaction e;
  e.kind = kind;
  e.id = std::move(id);
  e.date = day(date);
  e.posting_date = e.date;
  e.description = std::move(description);
  e.data = std::move(data);
  return e;
}

// Books `e` by the rules, then checks and applies it; returns the error, if any.
std::string add(Ledger& l, Transaction e) {
  if (e.kind != EventKind::txn) {
    auto postings = l.programme().book(e);
    if (!postings) return postings.error().render();
    e.postings = *postings;
  }
  auto r = l.apply(e);
  return r ? "" : r.error().render();
}

Valuation at_par(const Money& m, const char* date) { return Valuation{EventId{}, day(date), "1", "", m}; }

// A plain transaction moving `amount` into `bank_account` from `other` (CSO-1's).
Transaction transfer(const char* id, const char* date, const char* bank_account, const Money& amount, const char* other) {
  Transaction t = event(EventKind::txn, id, date, DomainData{});
  Posting bank;
  bank.account = bank_account;
  bank.amount = amount;
  bank.dims.cso = "CSO-1";
  Posting counter = bank;
  counter.account = other;
  counter.amount = Money(amount.currency(), -amount.minor());
  t.postings = {bank, counter};
  return t;
}

StatementInfo statement_info(const char* bank_account, const char* from, const char* to, char sha) {
  return StatementInfo{BankAccountId{bank_account}, "test", std::string(64, sha), day(from), day(to), kUsd};
}

struct Fixture {
  Ledger l;
  Fixture() {
    Header h;
    h.base_currency = kUsd;
    REQUIRE(l.apply_header(h));
    Party cso{"Yayasan Lingkar Desa", PartyKind::cso, "", "Kabupaten Bandung", "Jawa Barat", "32.04", {}};
    REQUIRE(add(l, event(EventKind::party, "CSO-1", "2026-01-01", cso)).empty());
    Party gov{"Pemerintah Kabupaten Bandung", PartyKind::government, "district", "", "", "", {"PEMKAB BANDUNG"}};
    REQUIRE(add(l, event(EventKind::party, "GOV-1", "2026-01-01", gov)).empty());
    Party fdn{"Yayasan Tifa", PartyKind::philanthropy, "", "", "", "", {"YAYASAN TIFA"}};
    REQUIRE(add(l, event(EventKind::party, "FDN-1", "2026-01-01", fdn)).empty());
    BankAccount b{PartyId{"CSO-1"}, "BCA", "1234567890", "Assets:Bank:BCA-1", usd("1000")};
    REQUIRE(add(l, event(EventKind::bank_account, "BA-1", "2026-09-30", b)).empty());
  }
  void agreement(const char* id, const char* counterparty, std::vector<std::pair<const char*, const char*>> tranches) {
    Int128 total = 0;
    std::vector<Tranche> schedule;
    int n = 0;
    for (const auto& [due, amount] : tranches) {
      schedule.push_back(Tranche{TrancheId{std::to_string(++n)}, day(due), usd(amount)});
      total += minor(amount);
    }
    const Money amount(kUsd, total);
    Agreement a{.cso = PartyId{"CSO-1"}, .counterparty = PartyId{counterparty}, .amount = amount, .schedule = std::move(schedule),
                .valuation = at_par(amount, "2026-09-30")};
    REQUIRE(add(l, event(EventKind::agreement, id, "2026-09-30", a)).empty());
  }
  void receipt(const char* id, const char* agreement, const char* date, const char* gross, const char* tranche) {
    Receipt r = Receipt::of(AgreementId{agreement}, usd(gross), Money::zero(kUsd), Money::zero(kUsd));
    r.bank_account = BankAccountId{"BA-1"};
    r.allocation = {Allocation{TrancheId{tranche}, usd(gross)}};
    r.valuation = at_par(r.gross, date);
    REQUIRE(add(l, event(EventKind::receipt, id, date, r)).empty());
  }
  void statement(const char* id, const char* from, const char* to, std::optional<const char*> closing,
                 std::vector<std::tuple<const char*, const char*, const char*, const char*>> lines) {
    StatementInfo st = statement_info("BA-1", from, to, 'a');
    if (closing) st.closing = usd(*closing);
    st.lines = lines.size();
    REQUIRE(add(l, event(EventKind::statement, id, to, st)).empty());
    for (const auto& [line_id, date, amount, text] : lines) {
      StatementLine sl{BankAccountId{"BA-1"}, EventId{id}, usd(amount)};
      REQUIRE(add(l, event(EventKind::statement_line, line_id, date, sl, text)).empty());
    }
  }
  std::vector<Proposal> proposals() const { return propose(l.programme(), MatchRules{}); }
  std::string match(const char* id, const char* date, std::vector<std::string> lines, std::vector<std::string> entries) {
    return add(l, event(EventKind::match, id, date, Match{BankAccountId{"BA-1"}, std::vector<StatementLineId>(lines.begin(), lines.end()), std::vector<EventId>(entries.begin(), entries.end()), ""}));
  }
  ReconciliationFigures figures(const char* as_of) const { return *l.programme().banks().reconcile(BankAccountId{"BA-1"}, day(as_of)); }
};

// One line per proposal, sorted (the proposals' own order is by date and id).
std::string summary(const std::vector<Proposal>& ps) {
  std::vector<std::string> rows;
  for (const auto& p : ps) {
    std::string out = std::string(proposal_kind_name(p.kind)) + " ";
    for (const auto& id : p.lines) out += id + " ";
    out += "-> " + p.target();
    for (const auto& t : p.tranches) out += " #" + t;
    out += " " + p.amount.to_string() + "/" + p.expected.to_string();
    out += p.exact ? " exact\n" : "\n";
    rows.push_back(std::move(out));
  }
  std::sort(rows.begin(), rows.end());
  std::string all;
  for (const auto& r : rows) all += r;
  return all;
}

}  // namespace

TEST_CASE("proposals: a recorded receipt, an unrecorded tranche, one transfer paying two tranches") {
  Fixture f;
  f.agreement("AG-1", "GOV-1", {{"2026-10-01", "2500"}, {"2026-11-01", "2500"}});
  f.agreement("AG-2", "FDN-1", {{"2026-10-05", "15000"}});
  f.receipt("R-1", "AG-2", "2026-10-04", "15000", "1");
  f.statement("ST-0000000000000001", "2026-10-01", "2026-10-31", "21000",
              {{"SL-0000000000000001", "2026-10-02", "5000", "TRSF E-BANKING CR 0210/FTSCY 5000.00PEMKAB BANDUNG"},
               {"SL-0000000000000002", "2026-10-06", "15000", "SWITCHING CR DR 009 YAYASAN TIFA"}});
  const auto ps = f.proposals();
  REQUIRE(ps.size() == 2);
  CHECK(summary(ps) ==
        "entry SL-0000000000000002 -> R-1 15000.00/15000.00 exact\n"
        "tranche SL-0000000000000001 -> AG-1 #1 #2 5000.00/5000.00 exact\n");
  // Ids are derived from content: the same journal gives the same ids.
  CHECK(ps[0].id == f.proposals()[0].id);
  CHECK(ps[0].id.size() == 14);
  CHECK(ps[0].id.rfind("P-", 0) == 0);
}

TEST_CASE("proposals: bank charges deducted, two transfers for one tranche, a double payment") {
  Fixture f;
  f.agreement("AG-1", "GOV-1", {{"2026-10-01", "2500"}});
  f.agreement("AG-2", "FDN-1", {{"2026-10-05", "1000"}});
  f.receipt("R-2", "AG-2", "2026-10-04", "1000", "1");
  f.statement("ST-0000000000000001", "2026-10-01", "2026-10-31", std::nullopt,
              {{"SL-0000000000000001", "2026-10-03", "1200", "PEMKAB BANDUNG TAHAP 1"},
               {"SL-0000000000000002", "2026-10-09", "1290", "PEMKAB BANDUNG TAHAP 1 SISA"},
               {"SL-0000000000000003", "2026-10-05", "1000", "YAYASAN TIFA"},
               {"SL-0000000000000004", "2026-10-20", "1000", "YAYASAN TIFA"}});
  const auto ps = f.proposals();
  // SL-0000000000000003 is the recorded receipt; SL-0000000000000004 has no entry left of that amount within 10 days of R-2
  // (16 days), and the agreement is paid: a second payment, an over-payment to review.
  // SL-0000000000000001 + SL-0000000000000002 = 2490 pays the 2500 tranche less 10 of charges: not exact.
  CHECK(summary(ps) ==
        "entry SL-0000000000000003 -> R-2 1000.00/1000.00 exact\n"
        "overpayment SL-0000000000000004 -> AG-2 1000.00/1000.00\n"
        "tranche SL-0000000000000001 SL-0000000000000002 -> AG-1 #1 2490.00/2500.00\n");
  // The rules are the officer's: no tolerance for charges, and a window of 14 days after the due
  // date, leave only the recorded receipt (SL-4 came 15 days after its tranche was due).
  MatchRules strict;
  strict.tolerance = 0;
  strict.days_after_due = 14;
  CHECK(summary(propose(f.l.programme(), strict)) == "entry SL-0000000000000003 -> R-2 1000.00/1000.00 exact\n");
  strict.tolerance = 10;  // whole units: 10.00 USD
  strict.days_after_due = 15;
  CHECK(summary(propose(f.l.programme(), strict)) ==
        "entry SL-0000000000000003 -> R-2 1000.00/1000.00 exact\n"
        "overpayment SL-0000000000000004 -> AG-2 1000.00/1000.00\n"
        "tranche SL-0000000000000001 SL-0000000000000002 -> AG-1 #1 2490.00/2500.00\n");
}

TEST_CASE("proposals: the same payer and amount for two tranches is ambiguous; a rejection is not proposed again") {
  Fixture f;
  f.agreement("AG-1", "GOV-1", {{"2026-10-01", "2500"}});
  f.agreement("AG-3", "GOV-1", {{"2026-10-10", "2500"}});
  f.statement("ST-0000000000000001", "2026-10-01", "2026-10-31", std::nullopt, {{"SL-0000000000000001", "2026-10-05", "2500", "PEMKAB BANDUNG"}});
  auto ps = f.proposals();
  CHECK(summary(ps) == "tranche SL-0000000000000001 -> AG-1 #1 2500.00/2500.00\ntranche SL-0000000000000001 -> AG-3 #1 2500.00/2500.00\n");
  const std::string wrong = ps[1].target() == "AG-3" ? ps[1].id : ps[0].id;
  REQUIRE(add(f.l, event(EventKind::rejection, "RJ-" + wrong.substr(2), "2026-10-05", Rejection{wrong, {StatementLineId{"SL-0000000000000001"}}, "AG-3"})).empty());
  ps = f.proposals();
  CHECK(summary(ps) == "tranche SL-0000000000000001 -> AG-1 #1 2500.00/2500.00 exact\n");
  // Rejecting twice is refused (the rejection's id is its proposal's).
  CHECK(add(f.l, event(EventKind::rejection, "RJ-" + wrong.substr(2), "2026-10-05", Rejection{wrong, {StatementLineId{"SL-0000000000000001"}}, "AG-3"})).find("used by an earlier event") !=
        std::string::npos);
}

TEST_CASE("proposals: outside the date window, or without the payer's name, nothing is proposed") {
  Fixture f;
  f.agreement("AG-1", "GOV-1", {{"2026-11-15", "2500"}});
  f.statement("ST-0000000000000001", "2026-10-01", "2027-03-31", std::nullopt,
              {{"SL-0000000000000001", "2026-10-15", "2500", "PEMKAB BANDUNG"},    // 31 days before due
               {"SL-0000000000000002", "2027-02-14", "2500", "PEMKAB BANDUNG"},    // 91 days after
               {"SL-0000000000000003", "2026-11-15", "2500", "PEMKAB BANDUNGAN"},  // not the whole words
               {"SL-0000000000000004", "2026-11-15", "2500", "TRANSFER MASUK"}});
  CHECK(f.proposals().empty());
  // One day inside the window at either end, it is proposed.
  f.statement("ST-0000000000000002", "2026-10-01", "2027-03-31", std::nullopt,
              {{"SL-0000000000000005", "2026-10-16", "2500", "PEMKAB BANDUNG"}, {"SL-0000000000000006", "2027-02-13", "2500", "PEMKAB BANDUNG"}});
  CHECK(summary(f.proposals()) == "tranche SL-0000000000000005 -> AG-1 #1 2500.00/2500.00\ntranche SL-0000000000000006 -> AG-1 #1 2500.00/2500.00\n");
}

TEST_CASE("a match needs open lines and entries of the same bank account that add up") {
  Fixture f;
  f.agreement("AG-2", "FDN-1", {{"2026-10-05", "15000"}});
  f.receipt("R-1", "AG-2", "2026-10-04", "15000", "1");
  f.statement("ST-0000000000000001", "2026-10-01", "2026-10-31", std::nullopt,
              {{"SL-0000000000000001", "2026-10-06", "14990", "YAYASAN TIFA"}, {"SL-0000000000000002", "2026-10-06", "10", "YAYASAN TIFA"}});
  CHECK(f.match("M-0000000000000001", "2026-10-06", {"SL-0000000000000001"}, {"R-1"}).find("the lines add up to 14990.00 USD but the entries to 15000.00 USD") !=
        std::string::npos);
  CHECK(f.match("M-0000000000000001", "2026-10-05", {"SL-0000000000000001", "SL-0000000000000002"}, {"R-1"}).find("on or after its latest line") != std::string::npos);
  CHECK(f.match("M-0000000000000001", "2026-10-06", {"SL-0000000000000001", "SL-0000000000000009"}, {"R-1"}).find("\"SL-0000000000000009\" is not a recorded statement line") !=
        std::string::npos);
  CHECK(f.match("M-0000000000000001", "2026-10-06", {"SL-0000000000000001", "SL-0000000000000002"}, {"R-1"}).empty());
  CHECK(f.match("M-0000000000000002", "2026-10-06", {"SL-0000000000000001"}, {"R-1"}).find("is matched already, by M-0000000000000001") != std::string::npos);
}

TEST_CASE("reconcile: figures, close, and the reconciled period closed to changes") {
  Fixture f;
  f.agreement("AG-2", "FDN-1", {{"2026-10-05", "15000"}, {"2026-10-30", "500"}});
  f.receipt("R-1", "AG-2", "2026-10-04", "15000", "1");
  f.receipt("R-2", "AG-2", "2026-10-30", "500", "2");  // in the bank only on 2 November
  // The statement says 1000 + 15000 + 12.50 (interest) = 16012.50 on 31 October.
  f.statement("ST-0000000000000001", "2026-10-01", "2026-10-31", "16012.50",
              {{"SL-0000000000000001", "2026-10-05", "15000", "YAYASAN TIFA"}, {"SL-0000000000000002", "2026-10-31", "12.50", "BUNGA"}});
  auto x = f.figures("2026-10-31");
  CHECK(x.bank_balance.minor() == minor("16012.50"));
  CHECK(x.ledger_balance.minor() == minor("16500"));
  CHECK(x.in_bank_total.minor() == minor("15012.50"));
  CHECK(x.recorded_total.minor() == minor("15500"));
  CHECK(x.unexplained.minor() == 0);
  REQUIRE(f.match("M-0000000000000001", "2026-10-05", {"SL-0000000000000001"}, {"R-1"}).empty());
  // Interest: classified, it moves the bank account's ledger balance by the line's amount.
  Transaction cl = event(EventKind::classification, "CL-0000000000000002", "2026-10-31", Classification{BankAccountId{"BA-1"}, StatementLineId{"SL-0000000000000002"}, "Income:BankInterest"});
  CHECK(add(f.l, cl).empty());
  x = f.figures("2026-10-31");
  CHECK(x.ledger_balance.minor() == minor("16512.50"));
  CHECK(x.in_bank_total.minor() == 0);
  REQUIRE(x.recorded_not_in_bank.size() == 1);
  CHECK(x.recorded_not_in_bank[0].id == "R-2");
  CHECK(x.recorded_total.minor() == minor("500"));
  CHECK(x.unexplained.minor() == 0);
  // The bank statement ending 31 October closes at 16012.50; a later one that opens elsewhere
  // (a missing statement) shows as unexplained.
  f.statement("ST-0000000000000002", "2026-11-01", "2026-11-30", "16600", {{"SL-0000000000000003", "2026-11-02", "500", "YAYASAN TIFA"}});
  auto nov = f.figures("2026-11-30");
  CHECK(nov.bank_balance.minor() == minor("16600"));
  // 16600 − (16512.50 + 500 in the bank not recorded − 500 recorded not in the bank)
  CHECK(nov.unexplained.minor() == minor("87.50"));
  // Close October: the figures are recomputed and must be the event's.
  Reconciliation wrong{BankAccountId{"BA-1"}, usd("16012.50"), usd("16512.50"), usd("0"), usd("0")};
  CHECK(add(f.l, event(EventKind::reconciliation, "RECON-BA-1-2026-10-31", "2026-10-31", wrong)).find("recorded_not_in_bank") != std::string::npos);
  Reconciliation right{BankAccountId{"BA-1"}, usd("16012.50"), usd("16512.50"), usd("0"), usd("500")};
  REQUIRE(add(f.l, event(EventKind::reconciliation, "RECON-BA-1-2026-10-31", "2026-10-31", right)).empty());
  // November does not reconcile: 87.50 unexplained.
  Reconciliation nov_close{BankAccountId{"BA-1"}, usd("16600"), nov.ledger_balance, nov.in_bank_total,
                           nov.recorded_total};
  CHECK(add(f.l, event(EventKind::reconciliation, "RECON-BA-1-2026-11-30", "2026-11-30", nov_close)).find("87.50 USD unexplained") !=
        std::string::npos);
  // A charge posted into October is refused; posted in November as an adjustment, accepted.
  Transaction late = transfer("T-LATE", "2026-10-20", "Assets:Bank:BCA-1", usd("-5"), "Expenses:BankCharges");
  CHECK(add(f.l, late).find("reconciled through 2026-10-31") != std::string::npos);
  late.posting_date = day("2026-11-01");
  CHECK(add(f.l, late).empty());
  // A new statement line dated in October is refused.
  StatementLine sl{BankAccountId{"BA-1"}, EventId{"ST-0000000000000002"}, usd("1"), "", 1, 0};
  f.statement("ST-0000000000000003", "2026-10-01", "2026-11-30", std::nullopt, {});
  sl.statement = EventId{"ST-0000000000000003"};
  CHECK(add(f.l, event(EventKind::statement_line, "SL-0000000000000009", "2026-10-15", sl)).find("reconciled through 2026-10-31") !=
        std::string::npos);
}

TEST_CASE("replay refuses bank events a writer never makes") {
  Fixture f;
  f.agreement("AG-2", "FDN-1", {{"2026-10-05", "15000"}});
  f.receipt("R-1", "AG-2", "2026-10-04", "15000", "1");
  StatementInfo st = statement_info("BA-1", "2026-10-01", "2026-10-31", 'a');
  CHECK(add(f.l, event(EventKind::statement, "ST-1", "2026-10-31", st)).find("id: a statement's id is ST- and 16 hex digits") !=
        std::string::npos);
  CHECK(add(f.l, event(EventKind::statement, "ST-0000000000000001", "2026-10-30", st)).find("dated the end of its period") !=
        std::string::npos);
  f.statement("ST-0000000000000001", "2026-10-01", "2026-10-31", "16000",
              {{"SL-0000000000000001", "2026-10-05", "15000", "YAYASAN TIFA"}});
  // A bank account moves in its own currency only.
  Transaction idr = transfer("T-IDR", "2026-10-10", "Assets:Bank:BCA-1",
                             *parse_money("1000", *Currency::parse("IDR"), DecimalStyle::input), "Equity:Conversion");
  CHECK(add(f.l, idr).find("postings[0].currency: bank account BA-1 is in USD") != std::string::npos);
  // A classification's id is its line's; a reconciliation's names the account and date.
  CHECK(add(f.l, event(EventKind::classification, "CL-0000000000000009", "2026-10-05",
                       Classification{BankAccountId{"BA-1"}, StatementLineId{"SL-0000000000000001"}, "Income:Other"}))
            .find("its line's 16 hex digits") != std::string::npos);
  Reconciliation x{BankAccountId{"BA-1"}, usd("16000"), usd("16000"), usd("15000"), usd("15000")};
  CHECK(add(f.l, event(EventKind::reconciliation, "RECON-1", "2026-10-31", x)).find("RECON-BA-1-2026-10-31") != std::string::npos);
  // Closed with the line and the receipt both outstanding, they are matched by a match dated
  // after the close, so what was reconciled on 31 October stays as it was.
  REQUIRE(add(f.l, event(EventKind::reconciliation, "RECON-BA-1-2026-10-31", "2026-10-31", x)).empty());
  CHECK(f.match("M-0000000000000001", "2026-10-31", {"SL-0000000000000001"}, {"R-1"}).find("a match is dated after it") !=
        std::string::npos);
  CHECK(f.match("M-0000000000000001", "2026-11-01", {"SL-0000000000000001"}, {"R-1"}).empty());
  CHECK(f.figures("2026-10-31").in_bank_total.minor() == minor("15000"));
  CHECK(f.figures("2026-10-31").recorded_total.minor() == minor("15000"));
  CHECK(f.figures("2026-11-01").in_bank_total.minor() == 0);
  // A statement ending inside the reconciled period would change it.
  CHECK(add(f.l, event(EventKind::statement, "ST-0000000000000002", "2026-10-31", st)).find("would change a reconciled period") !=
        std::string::npos);
}

TEST_CASE("a close needs a statement covering its date") {
  Fixture f;
  Reconciliation x{BankAccountId{"BA-1"}, usd("1000"), usd("1000"), usd("0"), usd("0")};
  CHECK(add(f.l, event(EventKind::reconciliation, "RECON-BA-1-2026-10-31", "2026-10-31", x)).find("no statement of bank account BA-1 covers 2026-10-31") !=
        std::string::npos);
  f.statement("ST-0000000000000001", "2026-10-01", "2026-10-31", "1000", {});
  CHECK(add(f.l, event(EventKind::reconciliation, "RECON-BA-1-2026-10-31", "2026-10-31", x)).empty());
}

TEST_CASE("proposals: exactness across bank accounts, and a payer named inside another's name") {
  Fixture f;
  BankAccount second{PartyId{"CSO-1"}, "BRI", "99", "Assets:Bank:BRI-1", usd("0")};
  REQUIRE(add(f.l, event(EventKind::bank_account, "BA-2", "2026-09-30", second)).empty());
  Party kbb{"Pemerintah Kabupaten Bandung Barat", PartyKind::government, "district", "", "", "", {"PEMKAB BANDUNG BARAT"}};
  REQUIRE(add(f.l, event(EventKind::party, "GOV-2", "2026-01-01", kbb)).empty());
  f.agreement("AG-1", "GOV-1", {{"2026-10-01", "2500"}});
  // The same payment arriving in both accounts: neither proposal is exact.
  f.statement("ST-0000000000000001", "2026-10-01", "2026-10-31", std::nullopt,
              {{"SL-0000000000000001", "2026-10-02", "2500", "PEMKAB BANDUNG"}});
  StatementInfo st = statement_info("BA-2", "2026-10-01", "2026-10-31", 'b');
  REQUIRE(add(f.l, event(EventKind::statement, "ST-0000000000000002", "2026-10-31", st)).empty());
  StatementLine sl{BankAccountId{"BA-2"}, EventId{"ST-0000000000000002"}, usd("2500"), "", 1, 0};
  REQUIRE(add(f.l, event(EventKind::statement_line, "SL-0000000000000002", "2026-10-03", sl, "PEMKAB BANDUNG")).empty());
  // A transfer from Kabupaten Bandung Barat is not Kabupaten Bandung's.
  sl.amount = usd("2500");
  REQUIRE(add(f.l, event(EventKind::statement_line, "SL-0000000000000003", "2026-10-04", sl, "TRSF PEMKAB BANDUNG BARAT")).empty());
  CHECK(summary(f.proposals()) ==
        "tranche SL-0000000000000001 -> AG-1 #1 2500.00/2500.00\n"
        "tranche SL-0000000000000002 -> AG-1 #1 2500.00/2500.00\n");
}

TEST_CASE("a unit that opens a bank account and posts to it gives the same bank book as two units") {
  const auto build = [](bool one_unit) {
    Ledger l;
    Header h;
    h.base_currency = kUsd;
    REQUIRE(l.apply_header(h));
    Party cso{"Yayasan Lingkar Desa", PartyKind::cso, "", "Kabupaten Bandung", "Jawa Barat", "32.04", {}};
    REQUIRE(add(l, event(EventKind::party, "CSO-1", "2026-01-01", cso)).empty());
    Transaction open = event(EventKind::bank_account, "BA-1", "2026-09-30",
                             BankAccount{PartyId{"CSO-1"}, "BCA", "1", "Assets:Bank:BCA-1", usd("0")});
    Transaction pay = transfer("T-1", "2026-10-01", "Assets:Bank:BCA-1", usd("100"), "Income:Other");
    if (one_unit) {
      REQUIRE(l.stage(open));
      REQUIRE(l.stage(pay));
      REQUIRE(l.commit_staged());
    } else {
      REQUIRE(l.apply(open));
      REQUIRE(l.apply(pay));
    }
    return l.programme().banks().reconcile(BankAccountId{"BA-1"}, day("2026-10-31"))->ledger_balance.minor();
  };
  CHECK(build(false) == minor("100"));
  CHECK(build(true) == minor("100"));
}

TEST_CASE("a bank account's ledger account belongs to it alone, however many bank accounts there are") {
  Fixture f;
  for (int i = 2; i <= 50; ++i) {
    BankAccount other{PartyId{"CSO-1"}, "BRI", std::to_string(i), "Assets:Bank:BRI-" + std::to_string(i), usd("0")};
    REQUIRE(add(f.l, event(EventKind::bank_account, "BA-" + std::to_string(i), "2026-09-30", other)).empty());
  }
  BankAccount again{PartyId{"CSO-1"}, "BNI", "7", "Assets:Bank:BRI-17", usd("0")};
  const std::string error = add(f.l, event(EventKind::bank_account, "BA-51", "2026-09-30", again));
  CHECK(error.find("\"Assets:Bank:BRI-17\" belongs to bank account BA-17") != std::string::npos);
  BankAccount first{PartyId{"CSO-1"}, "BNI", "8", "Assets:Bank:BCA-1", usd("0")};
  CHECK(add(f.l, event(EventKind::bank_account, "BA-52", "2026-09-30", first)).find("belongs to bank account BA-1") != std::string::npos);
  CHECK(f.l.programme().bank_accounts().size() == 50);
}
