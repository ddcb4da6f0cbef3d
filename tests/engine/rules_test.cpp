// The booking rules of each event kind (engine/rules/, docs/booking.md), one section per rule
// file, on a small ledger in USD (and one IDR rate) so every figure is one to check by hand.
#include <catch2/catch.hpp>

#include "engine/ledger.hpp"
#include "money/decimal.hpp"

using namespace fl;

namespace {

const Currency kUsd = *Currency::parse("USD");
const Currency kIdr = *Currency::parse("IDR");

Money usd(const char* amount) { return *parse_money(amount, kUsd, DecimalStyle::input); }
Date day(const char* d) { return *Date::parse(d); }
Valuation at_par(const Money& m, const char* date) { return Valuation{EventId{}, day(date), "1", "", m}; }

Transaction event(EventKind kind, std::string id, const char* date, DomainData data) {
  Transaction e;
  e.kind = kind;
  e.id = std::move(id);
  e.date = day(date);
  e.posting_date = e.date;
  e.data = std::move(data);
  return e;
}

// "account amount [tranche]" per posting, one a line.
std::string postings_text(const std::vector<Posting>& ps) {
  std::string out;
  for (const auto& p : ps) {
    out += p.account + " " + p.amount.to_string();
    if (!p.dims.tranche.empty()) out += " #" + p.dims.tranche;
    out += "\n";
  }
  return out;
}

struct Fixture {
  Ledger l;
  std::string last_postings;
  Fixture() {
    Header h;
    h.base_currency = kUsd;
    REQUIRE(l.apply_header(h));
    REQUIRE(add(event(EventKind::party, "CSO-1", "2026-01-01",
                      Party{"Yayasan Lingkar Desa", PartyKind::cso, "", "Kabupaten Bandung", "Jawa Barat", "32.04", {}})) == "");
    REQUIRE(add(event(EventKind::party, "GOV-1", "2026-01-01",
                      Party{"Pemerintah Kabupaten Bandung", PartyKind::government, "district", "", "", "", {}})) == "");
    REQUIRE(add(event(EventKind::bank_account, "BA-1", "2026-01-01",
                      BankAccount{PartyId{"CSO-1"}, "BCA", "1234567890", "Assets:Bank:BCA-1", usd("0")})) == "");
  }
  // Books `e` by the rules, then checks and applies it; the error, if any ("" when applied).
  std::string add(Transaction e) {
    if (e.kind != EventKind::txn) {
      auto postings = l.programme().book(e);
      if (!postings) return postings.error().render();
      e.postings = *postings;
      last_postings = postings_text(e.postings);
    }
    auto r = l.apply(e);
    return r ? "" : r.error().render();
  }
  Agreement terms(std::vector<std::pair<const char*, const char*>> tranches, bool conditional = false) {
    std::vector<Tranche> schedule;
    Int128 total = 0;
    int n = 0;
    for (const auto& [due, amount] : tranches) {
      schedule.push_back(Tranche{TrancheId{std::to_string(++n)}, day(due), usd(amount)});
      total += usd(amount).minor();
    }
    const Money amount(kUsd, total);
    return Agreement{.cso = PartyId{"CSO-1"}, .counterparty = PartyId{"GOV-1"}, .amount = amount, .conditional = conditional,
                     .condition = conditional ? "the district budget passes" : "", .schedule = std::move(schedule),
                     .valuation = at_par(amount, "2026-02-01")};
  }
  std::string agreement(const char* id, Agreement a) { return add(event(EventKind::agreement, id, "2026-02-01", std::move(a))); }
  Receipt receipt_of(const char* agreement, const char* gross, std::vector<std::pair<const char*, const char*>> allocation,
                     const char* date = "2026-03-01") {
    Receipt r = Receipt::of(AgreementId{agreement}, usd(gross), Money::zero(kUsd), Money::zero(kUsd));
    r.bank_account = BankAccountId{"BA-1"};
    for (const auto& [t, amount] : allocation) r.allocation.push_back(Allocation{TrancheId{t}, usd(amount)});
    r.valuation = at_par(r.gross, date);
    return r;
  }
  std::string receipt(const char* id, Receipt r, const char* date = "2026-03-01") {
    return add(event(EventKind::receipt, id, date, std::move(r)));
  }
  std::string change(const char* id, ChangeKind kind, const char* agreement, const char* amount, const char* date = "2026-04-01",
                     std::string tranche = "") {
    const bool at_signing = kind != ChangeKind::amend && kind != ChangeKind::refund;
    Change ch{.agreement = AgreementId{agreement}, .kind = kind, .amount = usd(amount), .tranche = TrancheId{std::move(tranche)},
              .bank_account = BankAccountId{kind == ChangeKind::refund ? "BA-1" : ""}, .note = "",
              .valuation = at_par(usd(amount), at_signing ? "2026-02-01" : date)};
    return add(event(EventKind::change, id, date, std::move(ch)));
  }
  const AgreementState& state(const char* id) const { return l.programme().agreements().at(AgreementId{id}); }
};

}  // namespace

TEST_CASE("rules/party: a CSO states where it works; a government and a company their level") {
  Fixture f;
  CHECK_THAT(f.add(event(EventKind::party, "CSO-2", "2026-01-02", Party{"Yayasan", PartyKind::cso, "", "", "", "32.04", {}})),
             Catch::Contains("a CSO needs its district and province"));
  CHECK_THAT(f.add(event(EventKind::party, "CSO-2", "2026-01-02", Party{"Yayasan", PartyKind::cso, "", "Bandung", "Jawa Barat", "3204", {}})),
             Catch::Contains("is not a Kemendagri district code"));
  CHECK_THAT(f.add(event(EventKind::party, "CO-1", "2026-01-02", Party{"PT Maju", PartyKind::company, "public", "", "", "", {}})),
             Catch::Contains("a company is private or state-owned"));
  CHECK_THAT(f.add(event(EventKind::party, "GOV-1", "2026-01-02", Party{"Again", PartyKind::government, "national", "", "", "", {}})),
             Catch::Contains("is used by an earlier event"));
}

TEST_CASE("rules/bank_account: under Assets:Bank, one ledger account each, the opening balance booked") {
  Fixture f;
  CHECK_THAT(f.add(event(EventKind::bank_account, "BA-2", "2026-01-02", BankAccount{PartyId{"CSO-1"}, "BCA", "2", "Assets:Cash", usd("0")})),
             Catch::Contains("under Assets:Bank"));
  CHECK_THAT(f.add(event(EventKind::bank_account, "BA-2", "2026-01-02", BankAccount{PartyId{"CSO-1"}, "BCA", "2", "Assets:Bank:BCA-1", usd("0")})),
             Catch::Contains("belongs to bank account BA-1"));
  CHECK_THAT(f.add(event(EventKind::bank_account, "BA-2", "2026-01-02", BankAccount{PartyId{"GOV-1"}, "BCA", "2", "Assets:Bank:X", usd("0")})),
             Catch::Contains("is not a CSO"));
  CHECK(f.add(event(EventKind::bank_account, "BA-2", "2026-01-02", BankAccount{PartyId{"CSO-1"}, "BRI", "2", "Assets:Bank:BRI-2", usd("250")})) == "");
  CHECK(f.last_postings == "Assets:Bank:BRI-2 250.00\nEquity:Opening -250.00\n");
}

TEST_CASE("rules/transaction: only agreement events post to the accounts agreements control") {
  Fixture f;
  Transaction t = event(EventKind::txn, "T-1", "2026-01-05", DomainData{});
  Posting a;
  a.account = "Assets:Receivable:Agreements";
  a.amount = usd("10");
  Posting b = a;
  b.account = "Income:Other";
  b.amount = usd("-10");
  t.postings = {a, b};
  CHECK_THAT(f.add(t), Catch::Contains("is controlled by agreements"));
  CHECK(controlled_account("Liabilities:Overpayments:X"));
  CHECK_FALSE(controlled_account("Liabilities:Payables"));
}

TEST_CASE("rules/rate and rules/rate_withdrawal: one quote a day, ids, and withdrawing an unused quote") {
  Fixture f;
  const auto rate = [](const char* value) { return RateQuote{kUsd, kIdr, value, "JISDOR"}; };
  CHECK_THAT(f.add(event(EventKind::rate, "RATE-X", "2026-01-10", rate("16000"))), Catch::Contains("a rate's id is RATE-USD-IDR-2026-01-10"));
  REQUIRE(f.add(event(EventKind::rate, "RATE-USD-IDR-2026-01-10", "2026-01-10", rate("16000"))) == "");
  CHECK_THAT(f.add(event(EventKind::rate, "RATE-USD-IDR-2026-01-10.2", "2026-01-10", rate("16100"))),
             Catch::Contains("is recorded already (RATE-USD-IDR-2026-01-10, 16000)"));
  CHECK_THAT(f.add(event(EventKind::rate_withdrawal, "WITHDRAW-RATE-USD-IDR-2026-01-10", "2026-01-11",
                         RateWithdrawal{EventId{"RATE-USD-IDR-2026-01-10"}, "typo"})),
             Catch::Contains("a withdrawal is dated as its rate"));
  REQUIRE(f.add(event(EventKind::rate_withdrawal, "WITHDRAW-RATE-USD-IDR-2026-01-10", "2026-01-10",
                      RateWithdrawal{EventId{"RATE-USD-IDR-2026-01-10"}, "typo"})) == "");
  CHECK(f.l.programme().rate_on(kUsd, kIdr, day("2026-01-12")) == nullptr);
  CHECK(f.l.programme().next_rate_id(kUsd, kIdr, day("2026-01-10")) == EventId{"RATE-USD-IDR-2026-01-10.2"});
  CHECK(f.add(event(EventKind::rate, "RATE-USD-IDR-2026-01-10.2", "2026-01-10", rate("16100"))) == "");
  CHECK(f.l.programme().rate_on(kUsd, kIdr, day("2026-01-12"))->quote.value == "16100");
}

TEST_CASE("rules/setting: known names only, numbered per name") {
  Fixture f;
  CHECK_THAT(f.add(event(EventKind::setting, "SETTING-colour-1", "2026-01-02", Setting{"colour", "red"})),
             Catch::Contains("is not a setting"));
  CHECK_THAT(f.add(event(EventKind::setting, "SETTING-rate-jump-limit-2", "2026-01-02", Setting{"rate-jump-limit", "5"})),
             Catch::Contains("this setting's id is SETTING-rate-jump-limit-1"));
  REQUIRE(f.add(event(EventKind::setting, "SETTING-rate-jump-limit-1", "2026-01-02", Setting{"rate-jump-limit", "5"})) == "");
  CHECK(f.l.programme().settings().rate_jump_limit == "5");
  CHECK_THAT(f.add(event(EventKind::setting, "SETTING-rate-jump-limit-2", "2026-01-03", Setting{"rate-jump-limit", "0"})),
             Catch::Contains("data.value"));
}

TEST_CASE("rules/agreement: the schedule adds up; an unconditional cash contribution books its receivable") {
  Fixture f;
  Agreement bad = f.terms({{"2026-06-01", "600"}, {"2026-12-01", "400"}});
  bad.amount = usd("900");
  bad.valuation = at_par(bad.amount, "2026-02-01");
  CHECK_THAT(f.agreement("AG-1", bad), Catch::Contains("the tranches add up to 1000.00 USD, not the agreement's 900.00 USD"));
  CHECK_THAT(f.agreement("AG-1", f.terms({{"2026-01-01", "600"}})), Catch::Contains("falls before the signing date"));
  REQUIRE(f.agreement("AG-1", f.terms({{"2026-06-01", "600"}, {"2026-12-01", "400"}})) == "");
  CHECK(f.last_postings == "Assets:Receivable:Agreements 1000.00\nIncome:Mobilised:Government -1000.00\n");
  REQUIRE(f.agreement("AG-2", f.terms({{"2026-06-01", "500"}}, true)) == "");
  CHECK(f.last_postings.empty());  // conditional: nothing until the condition is met
  CHECK(f.state("AG-2").status() == AgreementStatus::signed_);
  CHECK(f.state("AG-2").not_counted_reason() == "condition not met: the district budget passes");
}

TEST_CASE("rules/receipt: allocated to tranches, an over-payment only once nothing is outstanding") {
  Fixture f;
  REQUIRE(f.agreement("AG-1", f.terms({{"2026-06-01", "600"}, {"2026-12-01", "400"}})) == "");
  CHECK_THAT(f.receipt("R-1", f.receipt_of("AG-1", "700", {{"1", "700"}})), Catch::Contains("is more than tranche 1's outstanding 600.00 USD"));
  Receipt over = f.receipt_of("AG-1", "700", {{"1", "600"}});
  over.overpayment = usd("100");
  CHECK_THAT(f.receipt("R-1", over), Catch::Contains("is still outstanding (tranche 2: 400.00 USD)"));
  Receipt r = f.receipt_of("AG-1", "600", {{"1", "600"}});
  r.bank_charges = usd("5");
  REQUIRE(f.receipt("R-1", r) == "");
  CHECK(f.last_postings ==
        "Assets:Bank:BCA-1 595.00\nExpenses:BankCharges 5.00\nAssets:Receivable:Agreements -600.00 #1\n");
  CHECK(*f.state("AG-1").outstanding() == usd("400"));
  CHECK(f.state("AG-1").status() == AgreementStatus::active);
}

TEST_CASE("rules/amendment: never below what was received; books the difference") {
  Fixture f;
  REQUIRE(f.agreement("AG-1", f.terms({{"2026-06-01", "600"}, {"2026-12-01", "400"}})) == "");
  REQUIRE(f.receipt("R-1", f.receipt_of("AG-1", "600", {{"1", "600"}})) == "");
  CHECK_THAT(f.change("CH-1", ChangeKind::amend, "AG-1", "-500"), Catch::Contains("would bring tranche 2 below what it received") ||
                                                                       Catch::Contains("below the 600.00 USD already received"));
  CHECK_THAT(f.change("CH-1", ChangeKind::amend, "AG-1", "-100", "2026-04-01", "1"), Catch::Contains("would bring tranche 1 below what it received"));
  REQUIRE(f.change("CH-1", ChangeKind::amend, "AG-1", "250") == "");
  CHECK(f.last_postings == "Assets:Receivable:Agreements 250.00\nIncome:Mobilised:Government -250.00\n");
  CHECK(f.state("AG-1").tranches.back().amount == usd("650"));
  CHECK(*f.state("AG-1").committed() == usd("1250"));
}

TEST_CASE("rules/cancellation: at most what is outstanding, taken from the latest tranche backwards") {
  Fixture f;
  REQUIRE(f.agreement("AG-1", f.terms({{"2026-06-01", "600"}, {"2026-12-01", "400"}})) == "");
  CHECK_THAT(f.change("CX-1", ChangeKind::cancel, "AG-1", "1200"), Catch::Contains("only 1000.00 USD is outstanding"));
  REQUIRE(f.change("CX-1", ChangeKind::cancel, "AG-1", "500") == "");
  CHECK(f.last_postings ==
        "Income:Mobilised:Government 400.00 #2\nAssets:Receivable:Agreements -400.00 #2\n"
        "Income:Mobilised:Government 100.00 #1\nAssets:Receivable:Agreements -100.00 #1\n");
  REQUIRE(f.change("CX-2", ChangeKind::cancel, "AG-1", "500") == "");
  CHECK(f.state("AG-1").status() == AgreementStatus::cancelled);
  CHECK_THAT(f.change("CX-3", ChangeKind::cancel, "AG-1", "1"), Catch::Contains("is cancelled already"));
}

TEST_CASE("rules/condition: met, advances become the settled part of the receivable; lapsed, it no longer counts") {
  Fixture f;
  REQUIRE(f.agreement("AG-1", f.terms({{"2026-06-01", "600"}, {"2026-12-01", "400"}}, true)) == "");
  REQUIRE(f.receipt("R-1", f.receipt_of("AG-1", "600", {{"1", "600"}})) == "");
  CHECK(f.last_postings == "Assets:Bank:BCA-1 600.00\nLiabilities:RefundableAdvances -600.00 #1\n");
  CHECK_THAT(f.change("CM-1", ChangeKind::condition_met, "AG-1", "1"), Catch::Contains("a condition change moves no amount"));
  REQUIRE(f.change("CM-1", ChangeKind::condition_met, "AG-1", "0") == "");
  CHECK(f.last_postings ==
        "Liabilities:RefundableAdvances 600.00\nAssets:Receivable:Agreements 400.00\nIncome:Mobilised:Government -1000.00\n");
  CHECK(f.state("AG-1").counts());
  CHECK_THAT(f.change("CL-1", ChangeKind::condition_lapsed, "AG-1", "0"), Catch::Contains("is settled already"));

  REQUIRE(f.agreement("AG-2", f.terms({{"2026-06-01", "300"}}, true)) == "");
  REQUIRE(f.change("CL-2", ChangeKind::condition_lapsed, "AG-2", "0") == "");
  CHECK(f.last_postings.empty());
  CHECK(f.state("AG-2").status() == AgreementStatus::condition_lapsed);
  CHECK_FALSE(f.state("AG-2").counts());
}

TEST_CASE("rules/refund: at most what came in, out of over-payments first") {
  Fixture f;
  REQUIRE(f.agreement("AG-1", f.terms({{"2026-06-01", "600"}})) == "");
  Receipt r = f.receipt_of("AG-1", "700", {{"1", "600"}});
  r.overpayment = usd("100");
  REQUIRE(f.receipt("R-1", r) == "");
  CHECK_THAT(f.change("RF-1", ChangeKind::refund, "AG-1", "800"), Catch::Contains("more than the 700.00 USD received and not refunded"));
  REQUIRE(f.change("RF-1", ChangeKind::refund, "AG-1", "150") == "");
  CHECK(f.last_postings == "Liabilities:Overpayments 100.00\nIncome:Mobilised:Government 50.00\nAssets:Bank:BCA-1 -150.00\n");
  CHECK(f.state("AG-1").overpaid.is_zero());
  CHECK(f.state("AG-1").refunded == usd("150"));
}

TEST_CASE("rules/write_off: only a booked receivable, at most what is outstanding") {
  Fixture f;
  REQUIRE(f.agreement("AG-1", f.terms({{"2026-06-01", "600"}, {"2026-12-01", "400"}})) == "");
  CHECK_THAT(f.change("WO-1", ChangeKind::write_off, "AG-1", "1001"), Catch::Contains("write off between 0 and the 1000.00 USD outstanding"));
  REQUIRE(f.change("WO-1", ChangeKind::write_off, "AG-1", "400", "2026-04-01", "2") == "");
  CHECK(f.last_postings == "Expenses:WrittenOff 400.00 #2\nAssets:Receivable:Agreements -400.00 #2\n");
  CHECK(f.state("AG-1").written_off == usd("400"));
  REQUIRE(f.agreement("AG-2", f.terms({{"2026-06-01", "300"}}, true)) == "");
  CHECK_THAT(f.change("WO-2", ChangeKind::write_off, "AG-2", "100"), Catch::Contains("has no receivable to write off"));
}

TEST_CASE("rules/change: a change names a recorded agreement and tranche, dated after the signing") {
  Fixture f;
  REQUIRE(f.agreement("AG-1", f.terms({{"2026-06-01", "600"}})) == "");
  CHECK_THAT(f.change("CH-1", ChangeKind::amend, "AG-9", "10"), Catch::Contains("\"AG-9\" is not a recorded agreement"));
  CHECK_THAT(f.change("CH-1", ChangeKind::amend, "AG-1", "10", "2026-01-15"), Catch::Contains("dated before the signing"));
  CHECK_THAT(f.change("CH-1", ChangeKind::amend, "AG-1", "10", "2026-04-01", "7"), Catch::Contains("has no tranche \"7\""));
}
