// Bank statements on the command line: statement import (docs/reconcile.md).
#include <iostream>
#include <memory>

#include "app/arguments.hpp"
#include "app/reconcile.hpp"
#include "cli/booked.hpp"
#include "cli/commands.hpp"

namespace fl::cli {
namespace {

struct Args {
  std::string file, bank_account, mapping, from, to, format = "table";
  bool correct_period = false;
};

Result<void> run_import(Context& ctx, const Args& a) {
  FL_TRY(std::string path, ctx.journal_path());
  FL_TRY(app::Clock clock, ctx.clock());
  app::StatementImportOptions o;
  o.bank_account = BankAccountId{a.bank_account};
  o.mapping_path = a.mapping;
  o.write = ctx.write_options();
  o.correct_period = a.correct_period;
  if (!a.from.empty()) {
    FL_TRY(o.from, app::date_flag(a.from, "--from"));
  }
  if (!a.to.empty()) {
    FL_TRY(o.to, app::date_flag(a.to, "--to"));
  }
  FL_TRY(app::Written done, app::import_statement(path, a.file, o, clock));
  warn_all(done.notices);
  if (a.format == "json") {
    print_bank_booked(done, a.format);
    return ok();
  }
  const std::size_t added = done.booked.size();
  std::cout << "statement " << done.ids.front() << ": " << added << " new event" << (added == 1 ? "" : "s")
            << " (statement and lines), " << done.already << " already recorded";
  if (added > 0) std::cout << "; head " << done.head_hex;
  std::cout << "\n";
  print_bank_booked(done, a.format);
  return ok();
}

}  // namespace

void register_statement_commands(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<Args>();
  auto* statement = app.add_subcommand("statement", "bank statements, read through a mapping file per bank layout");
  auto* imp = statement->add_subcommand("import", "import a statement file: its new lines, as one unit");
  imp->add_option("file", a->file, "the statement file (CSV as the bank exports it)")->required();
  imp->add_option("--bank-account", a->bank_account, "the bank account it is a statement of")->required();
  imp->add_option("--mapping", a->mapping, "the mapping file of its layout, e.g. mappings/bca-klikbca.json")->required();
  imp->add_option("--from", a->from, "the first day the export covers, when the file does not say (YYYY-MM-DD)");
  imp->add_option("--to", a->to, "the last day the export covers, when the file does not say (YYYY-MM-DD)");
  imp->add_option("--format", a->format, "what was booked: table or json")->check(CLI::IsMember({"table", "json"}));
  imp->add_flag("--correct-period", a->correct_period,
                "the file is recorded with another period: record it again, as a new statement, with --from/--to");
  imp->callback([&ctx, a] { ctx.run([&] { return run_import(ctx, *a); }); });
}

}  // namespace fl::cli
