// `fundledger migrate`: a version-1 journal written anew in the current format version
// (app/migrate.hpp, docs/cli.md).
#include <iostream>
#include <memory>

#include "app/migrate.hpp"
#include "cli/commands.hpp"

namespace fl::cli {

void register_migrate_command(CLI::App& app, Context& ctx) {
  auto output = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("migrate", "write the journal anew in the current format version (2)");
  cmd->add_option("--output", *output, "the new journal; must not exist")->required();
  cmd->callback([&ctx, output] {
    ctx.run([&]() -> Result<void> {
      FL_TRY(std::string path, ctx.journal_path());
      FL_TRY(app::Migrated m, app::migrate_journal(path, *output, std::chrono::milliseconds(ctx.lock_timeout_ms)));
      warn_all(m.warnings);
      std::cout << "migrated " << m.events << " events from format version " << m.from_version << " ("
                << m.old_lines << " lines, head " << m.old_head_hex << ")\n"
                << "to format version 2 in " << *output << " (" << m.new_lines << " lines, head "
                << m.new_head_hex << ")\n"
                << "check it with: fundledger -f " << *output << " verify --migrated-from " << path << "\n";
      return ok();
    });
  });
}

}  // namespace fl::cli
