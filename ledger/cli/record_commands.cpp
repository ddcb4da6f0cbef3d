// What a finance officer records on the command line: an import of a folder of CSV files, and
// single records with the columns of docs/format/csv.md as flags (party add, bank-account open,
// rate add and withdraw, agreement sign and change, receipt record).
#include <spdlog/spdlog.h>

#include <algorithm>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>

#include "app/arguments.hpp"
#include "app/import.hpp"
#include "app/records.hpp"
#include "cli/booked.hpp"
#include "cli/commands.hpp"

namespace fl::cli {
namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;

// One CSV file of a header and one row, every field quoted: a record given as flags goes
// through the same reading, checks and booking as an imported file.
std::string one_row_csv(const Fields& fields) {
  std::string header, row;
  for (const auto& [column, value] : fields) {
    if (!header.empty()) {
      header += ',';
      row += ',';
    }
    header += column;
    row += '"';
    for (char c : value) {
      if (c == '"') row += '"';
      row += c;
    }
    row += '"';
  }
  return header + "\n" + row + "\n";
}

// A record command: flags named after the columns of its file (docs/format/csv.md), and the
// extra flags some commands have.
struct RecordCommand {
  std::map<std::string, std::string> values;  // column -> value
  std::vector<std::string> columns;           // in order
  std::string locale;
  std::string format = "table";
  std::vector<std::string> list;  // --alias, --tranche or --allocate (repeated)
  std::string kind;               // agreement change: its kind
  bool confirm_jump = false;      // rate add
};

Fields fields_of(const RecordCommand& rc) {
  Fields out;
  for (const auto& c : rc.columns) out.emplace_back(c, rc.values.at(c));
  return out;
}

std::string joined(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "|") + p;
  return out;
}

Result<int> run_record(Context& ctx, const app::Sources& sources, const RecordCommand& rc) {
  FL_TRY(std::string path, ctx.journal_path());
  FL_TRY(app::Clock clock, ctx.clock());
  app::ImportOptions options;
  options.write = ctx.write_options();
  FL_TRY(options.locale, app::locale_flag(rc.locale));
  FL_TRY(app::Imported done, app::import_sources(path, sources, clock, options));
  warn_all(done.notices);
  if (!done.refused.empty()) {
    for (const auto& e : done.refused) std::cerr << terminal_text(e.render()) << "\n";
    return 1;
  }
  print_booked(Booked{done.events, done.already, done.head_hex}, rc.format);
  return 0;
}

using Columns = std::initializer_list<std::pair<const char*, const char*>>;
// The sources a record command's flags make.
using ToSources = std::function<Result<app::Sources>(const RecordCommand&)>;

// A record subcommand `name` of `parent`; `to_sources` turns its flags into the files it imports.
CLI::App* add_record(CLI::App& parent, const std::string& name, const std::string& description, Context& ctx,
                     const std::shared_ptr<RecordCommand>& rc, Columns columns, ToSources to_sources) {
  auto* cmd = parent.add_subcommand(name, description);
  for (const auto& [column, help] : columns) {
    std::string flag = "--" + std::string(column);
    std::replace(flag.begin(), flag.end(), '_', '-');
    rc->columns.emplace_back(column);
    cmd->add_option(flag, rc->values[column], help);
  }
  rc->columns.emplace_back("recorded_on");
  cmd->add_option("--recorded-on", rc->values["recorded_on"], "the day the fact became known, when not today (YYYY-MM-DD)");
  cmd->add_option("--number-locale", rc->locale, "how numbers are written: id (1.500.000,00) or en (default: the journal's setting)");
  cmd->add_option("--format", rc->format, "what was booked: table or json")->check(CLI::IsMember({"table", "json"}));
  cmd->callback([&ctx, rc, to_sources] {
    ctx.run_code([&]() -> Result<int> {
      FL_TRY(app::Sources sources, to_sources(*rc));
      return run_record(ctx, sources, *rc);
    });
  });
  return cmd;
}

// One file of one row, with the extra columns given.
ToSources one_file(const std::string& file, std::function<void(const RecordCommand&, Fields&)> extra = {}) {
  return [file, extra](const RecordCommand& rc) -> Result<app::Sources> {
    Fields fields = fields_of(rc);
    if (extra) extra(rc, fields);
    return app::Sources{{file, {"", one_row_csv(fields)}}};
  };
}

void register_party_bank_rate(CLI::App& app, Context& ctx) {
  auto party_rc = std::make_shared<RecordCommand>();
  auto* party = app.add_subcommand("party", "parties: CSOs, governments, companies, philanthropies, the donor");
  add_record(*party, "add", "record a party", ctx, party_rc,
             {{"id", "the party's id"}, {"kind", "cso, government, company, philanthropy or donor"},
              {"name", "its name"}, {"level", "government or company level"},
              {"district", "a CSO's district"}, {"province", "a CSO's province"},
              {"region_code", "a CSO's Kemendagri district code, NN.NN"}},
             one_file("parties.csv", [](const RecordCommand& rc, Fields& f) { f.emplace_back("aliases", joined(rc.list)); }))
      ->add_option("--alias", party_rc->list, "a payer name as bank statements show it (repeat)");

  auto bank_rc = std::make_shared<RecordCommand>();
  auto* bank = app.add_subcommand("bank-account", "a CSO's bank accounts");
  add_record(*bank, "open", "open a bank account with its opening balance", ctx, bank_rc,
             {{"id", "the account's id"}, {"cso", "the CSO"}, {"bank", "the bank"}, {"number", "the account number"},
              {"currency", "its currency"}, {"account", "its ledger account, under Assets:Bank"},
              {"opened", "date of the opening balance"}, {"opening_balance", "the opening balance"}},
             one_file("bank_accounts.csv"));

  auto rate_rc = std::make_shared<RecordCommand>();
  auto* rate = app.add_subcommand("rate", "exchange rates, as quoted");
  add_record(*rate, "add", "record a rate (units of quote per one base)", ctx, rate_rc,
             {{"date", "the rate's date"}, {"base", "e.g. USD"}, {"quote", "e.g. IDR"},
              {"value", "e.g. 15234.50, or 15.234,50 with --number-locale id"}, {"source", "e.g. JISDOR"}},
             one_file("rates.csv", [](const RecordCommand& rc, Fields& f) { f.emplace_back("confirm_jump", rc.confirm_jump ? "yes" : "no"); }))
      ->add_flag("--confirm-jump", rate_rc->confirm_jump,
                 "record it even though it differs from the neighbouring quote by more than the journal's rate-jump-limit");

  struct WithdrawArgs {
    std::string id, note, format = "table";
  };
  auto w = std::make_shared<WithdrawArgs>();
  auto* withdraw = rate->add_subcommand("withdraw", "withdraw a rate that no event has used (a wrong quote)");
  withdraw->add_option("rate", w->id, "the rate event's id, e.g. RATE-USD-IDR-2024-01-05")->required();
  withdraw->add_option("--note", w->note, "why it is withdrawn")->required();
  withdraw->add_option("--format", w->format, "what was booked: table or json")->check(CLI::IsMember({"table", "json"}));
  withdraw->callback([&ctx, w] {
    ctx.run([&]() -> Result<void> {
      FL_TRY(std::string path, ctx.journal_path());
      FL_TRY(app::Clock clock, ctx.clock());
      FL_TRY(app::Written done, app::withdraw_rate(path, w->id, w->note, clock, ctx.write_options()));
      warn_all(done.notices);
      print_booked(booked_of(done), w->format);
      return ok();
    });
  });
}

// agreements.csv and schedule.csv from `agreement sign`'s flags.
Result<app::Sources> agreement_sources(const RecordCommand& rc) {
  std::string schedule = "agreement,tranche,due,amount\n";
  for (const auto& t : rc.list) {
    std::istringstream in(t);
    std::string id, due, amount, extra;
    if (!(in >> id >> due >> amount) || (in >> extra)) {
      return fail(Error(Errc::usage, "\"" + t + "\" is not \"TRANCHE DUE AMOUNT\"").in("--tranche"));
    }
    const std::string row = one_row_csv({{"agreement", rc.values.at("id")}, {"tranche", id}, {"due", due}, {"amount", amount}});
    schedule += row.substr(row.find('\n') + 1);
  }
  return app::Sources{{"agreements.csv", {"", one_row_csv(fields_of(rc))}}, {"schedule.csv", {"", schedule}}};
}

void register_agreement_receipt(CLI::App& app, Context& ctx) {
  auto* agreement = app.add_subcommand("agreement", "funding agreements and what happens to them");
  auto sign_rc = std::make_shared<RecordCommand>();
  sign_rc->values = {{"nature", "contribution"}, {"form", "cash"}, {"conditional", "no"}, {"counts_as", "leverage"}};
  add_record(*agreement, "sign", "record a signed agreement with its tranche schedule", ctx, sign_rc,
             {{"id", "the agreement's id"}, {"cso", "the CSO"}, {"counterparty", "the party it signed with"},
              {"signed", "signing date"}, {"currency", "currency"}, {"amount", "the amount"},
              {"nature", "contribution (default) or exchange"}, {"form", "cash (default) or in-kind"},
              {"valuation_basis", "for in-kind: how it was valued"},
              {"conditional", "yes or no (default)"}, {"condition", "the condition's text"},
              {"counts_as", "leverage (default) or cost-share"}, {"purpose", "what it funds"},
              {"restriction", "the donor's restriction"}, {"document_sha256", "SHA-256 of the signed document"}},
             agreement_sources)
      ->add_option("--tranche", sign_rc->list, "\"TRANCHE DUE AMOUNT\" (repeat; they add up to the amount)")
      ->required();

  auto change_rc = std::make_shared<RecordCommand>();
  add_record(*agreement, "change", "amend, cancel, condition-met, condition-lapsed, refund or write-off", ctx, change_rc,
             {{"id", "the event's id"}, {"agreement", "the agreement"}, {"date", "when it happened"},
              {"amount", "amend: ±; cancel: the part (empty: all outstanding); refund; write-off"},
              {"tranche", "the tranche concerned"}, {"bank_account", "for a refund"}, {"note", "the reason"},
              {"posting_date", "the period it is booked in, if not the date's"}},
             one_file("changes.csv", [](const RecordCommand& rc, Fields& f) { f.emplace_back("change", rc.kind); }))
      ->add_option("change", change_rc->kind, "amend, cancel, condition-met, condition-lapsed, refund, write-off")
      ->required();

  auto receipt_rc = std::make_shared<RecordCommand>();
  auto* receipt = app.add_subcommand("receipt", "money (or in-kind support) received for an agreement");
  add_record(*receipt, "record", "record a receipt; split across tranches oldest due first unless --allocate", ctx, receipt_rc,
             {{"id", "the receipt's id"}, {"cso", "the CSO"}, {"agreement", "the agreement paid"},
              {"date", "when the money arrived"}, {"gross", "what the payer sent"},
              {"bank_charges", "deducted by the banks"}, {"tax_withheld", "withheld by the payer"},
              {"bank_account", "the account credited"}, {"bank_reference", "the bank's reference"},
              {"posting_date", "the period it is booked in, if not the date's (a late receipt)"}},
             one_file("receipts.csv", [](const RecordCommand& rc, Fields& f) { f.emplace_back("allocation", joined(rc.list)); }))
      ->add_option("--allocate", receipt_rc->list, "TRANCHE:AMOUNT of the gross (repeat)");
}

// What an import did, in text: the counts and a summary by event type.
void print_imported(const app::Imported& done) {
  if (done.added == 0) {
    std::cout << "nothing new: all " << done.already << " event(s) are in the journal already\n";
    return;
  }
  std::cout << "imported " << done.added << " event(s)";
  if (done.already > 0) std::cout << " (" << done.already << " already there)";
  std::cout << "; head " << done.head_hex << "\n";
  std::cout << import_summary(done.events);
}

void register_import(CLI::App& app, Context& ctx) {
  struct Args {
    std::string dir, locale, format = "table";
  };
  auto a = std::make_shared<Args>();
  auto* cmd = app.add_subcommand("import", "import a folder of CSV files (docs/format/csv.md) as one unit");
  cmd->add_option("folder", a->dir, "folder holding parties.csv, bank_accounts.csv, rates.csv, …")->required();
  cmd->add_option("--number-locale", a->locale, "how numbers are written: id (1.500.000,00) or en (default: the journal's setting)");
  cmd->add_option("--format", a->format, "what was booked: table (a summary by event type) or json (every event)")
      ->check(CLI::IsMember({"table", "json"}));
  cmd->callback([&ctx, a] {
    ctx.run_code([&]() -> Result<int> {
      FL_TRY(std::string path, ctx.journal_path());
      FL_TRY(app::Clock clock, ctx.clock());
      app::ImportOptions options;
      options.write = ctx.write_options();
      FL_TRY(options.locale, app::locale_flag(a->locale));
      FL_TRY(app::Imported done, app::import_directory(path, a->dir, clock, options));
      warn_all(done.notices);
      if (!done.refused.empty()) {
        for (const auto& e : done.refused) std::cerr << terminal_text(e.render()) << "\n";
        const bool files = done.files_refused > 0;
        std::cerr << "fundledger: " << (files ? done.files_refused : done.refused.size()) << (files ? " file(s)" : " row(s)")
                  << " refused; nothing was imported\n";
        return 1;
      }
      if (a->format == "json") {
        print_booked(Booked{done.events, done.already, done.head_hex}, a->format);
      } else {
        print_imported(done);
      }
      return 0;
    });
  });
}

}  // namespace

void register_record_commands(CLI::App& app, Context& ctx) {
  register_import(app, ctx);
  register_party_bank_rate(app, ctx);
  register_agreement_receipt(app, ctx);
}

}  // namespace fl::cli
