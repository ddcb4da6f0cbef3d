// Reports on the command line: balance, trial-balance, register, and the programme reports.
#include <iostream>
#include <memory>

#include "app/arguments.hpp"
#include "app/journal_ops.hpp"
#include "cli/commands.hpp"
#include "reports/aging.hpp"
#include "reports/ledger_reports.hpp"
#include "reports/programme_reports.hpp"
#include "reports/table.hpp"

namespace fl::cli {
namespace {

struct ReportArgs {
  std::string format = "table";
  std::string as_of;
  std::string by;
  std::string name;  // register: the account; report: which one
};

void add_report_options(CLI::App* cmd, ReportArgs& r, bool with_by) {
  cmd->add_option("--format", r.format, "table, csv or json")->check(CLI::IsMember({"table", "csv", "json"}));
  cmd->add_option("--as-of", r.as_of, "only what happened on or before this value date (YYYY-MM-DD)")->check(not_empty());
  if (with_by) cmd->add_option("--by", r.by, "split by a dimension: cso, agreement, counterparty, tranche");
}

Result<void> run_balance(const Context& ctx, const ReportArgs& r, bool trial) {
  FL_TRY(std::string path, ctx.journal_path());
  FL_TRY(auto format, reports::parse_format(r.format));
  reports::ReportScope scope;
  FL_TRY(scope.as_of, app::as_of_flag(r.as_of));
  FL_TRY(scope.by, app::dimension_flag(r.by));
  FL_TRY(app::Loaded loaded, app::load_journal(path, ReplayOptions{scope.as_of, scope.by}));
  warn_all(loaded.warnings);
  const auto rows = loaded.ledger.balances();
  const auto table = trial ? reports::trial_balance(rows, scope) : reports::balance_report(rows, scope);
  std::cout << reports::render(table, format);
  return ok();
}

Result<void> run_register(const Context& ctx, const ReportArgs& r) {
  FL_TRY(std::string path, ctx.journal_path());
  FL_TRY(auto format, reports::parse_format(r.format));
  reports::ReportScope scope;
  FL_TRY(scope.as_of, app::as_of_flag(r.as_of));
  FL_TRY_VOID(app::account_arg(r.name, "ACCOUNT"));
  reports::RegisterBuilder reg(r.name, scope);
  FL_TRY(app::Loaded loaded,
         app::load_journal(path, ReplayOptions{}, [&](const Transaction& t, std::uint64_t seq) { reg.add(t, seq); }));
  warn_all(loaded.warnings);
  std::cout << reports::render(reg.table(), format);
  return ok();
}

Result<void> run_programme_report(Context& ctx, const ReportArgs& r) {
  FL_TRY(std::string path, ctx.journal_path());
  FL_TRY(auto format, reports::parse_format(r.format));
  FL_TRY(std::optional<Date> date, app::as_of_flag(r.as_of));
  FL_TRY(app::Loaded loaded, app::load_journal(path, ReplayOptions{date, std::nullopt}));
  warn_all(loaded.warnings);
  FL_TRY(app::Clock clock, ctx.clock());
  FL_TRY(const Date clock_date, clock.today(loaded.ledger.header().time_zone));
  const Date today = date ? *date : clock_date;
  const std::string& which = r.name;
  const reports::Report report = which == "progress"         ? reports::progress_report(loaded.ledger, date)
                                 : which == "csos"           ? reports::csos_report(loaded.ledger, date)
                                 : which == "agreements"     ? reports::agreements_report(loaded.ledger, date, today)
                                 : which == "counterparties" ? reports::counterparties_report(loaded.ledger, date)
                                 : which == "provinces"      ? reports::provinces_report(loaded.ledger, date)
                                 : which == "aging"          ? reports::aging_report(loaded.ledger, date, today)
                                                             : reports::quarters_report(loaded.ledger, date);
  std::cout << reports::render(report, format);
  return ok();
}

}  // namespace

void register_report_commands(CLI::App& app, Context& ctx) {
  auto bal = std::make_shared<ReportArgs>();
  auto* cmd_bal = app.add_subcommand("balance", "balances per account and currency, with subtotals");
  add_report_options(cmd_bal, *bal, true);
  cmd_bal->callback([&ctx, bal] { ctx.run([&] { return run_balance(ctx, *bal, false); }); });

  auto tb = std::make_shared<ReportArgs>();
  auto* cmd_tb = app.add_subcommand("trial-balance", "debits and credits per account; totals agree");
  add_report_options(cmd_tb, *tb, true);
  cmd_tb->callback([&ctx, tb] { ctx.run([&] { return run_balance(ctx, *tb, true); }); });

  auto reg = std::make_shared<ReportArgs>();
  auto* cmd_reg = app.add_subcommand("register", "postings to an account with a running balance");
  cmd_reg->add_option("account", reg->name, "account, or a parent account")->required();
  add_report_options(cmd_reg, *reg, false);
  cmd_reg->callback([&ctx, reg] { ctx.run([&] { return run_register(ctx, *reg); }); });

  auto prog = std::make_shared<ReportArgs>();
  auto* cmd_report = app.add_subcommand("report", "programme reports: progress, csos, agreements, counterparties, provinces, quarters, aging");
  cmd_report->add_option("name", prog->name, "progress, csos, agreements, counterparties, provinces, quarters or aging")
      ->required()
      ->check(CLI::IsMember({"progress", "csos", "agreements", "counterparties", "provinces", "quarters", "aging"}));
  add_report_options(cmd_report, *prog, false);
  cmd_report->callback([&ctx, prog] { ctx.run([&] { return run_programme_report(ctx, *prog); }); });
}

}  // namespace fl::cli
