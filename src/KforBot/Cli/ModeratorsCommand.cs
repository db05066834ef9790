using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text;
using KforBot.Moderation;
using KforBot.Moderation.Accounts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Cli;

/// <summary>
/// <c>moderators add|list|remove|reset-password</c>: the accounts of the moderators' site. A password is asked for
/// at the terminal (not shown, typed twice), or read as one line from standard input when that is not a terminal.
/// </summary>
internal static class ModeratorsCommand
{
    private static readonly Option<string?> Accounts = new("--accounts") { Description = "The account file (default: Moderation:AccountsPath, data/moderators.db).", Recursive = true };

    public static Command Create(CliContext context, SharedOptions shared) =>
        new("moderators", "Manage the accounts of the moderators' site (kept in Moderation:AccountsPath, data/moderators.db).")
        {
            Accounts,
            WithName(context, shared, "add", "Add a moderator; the password is asked for.", async (accounts, name, ct) =>
                await ReadPasswordAsync(context, ct).ConfigureAwait(false) is not { } password ? CommandRunner.ExitFailure
                : await accounts.AddAsync(name, password, ct).ConfigureAwait(false) ? await SayAsync(context, $"Moderator '{name}' added.").ConfigureAwait(false)
                : await FailAsync(context, $"There is already a moderator '{name}'; use 'moderators reset-password {name}' to change the password.").ConfigureAwait(false)),
            WithName(context, shared, "remove", "Remove a moderator; their sign-ins end at once.", async (accounts, name, ct) =>
                await accounts.RemoveAsync(name, ct).ConfigureAwait(false) ? await SayAsync(context, $"Moderator '{name}' removed.").ConfigureAwait(false)
                : await FailAsync(context, $"There is no moderator '{name}' (see 'moderators list').").ConfigureAwait(false)),
            WithName(context, shared, "reset-password", "Set a new password, unlock the account and end its sign-ins.", async (accounts, name, ct) =>
                await ReadPasswordAsync(context, ct).ConfigureAwait(false) is not { } password ? CommandRunner.ExitFailure
                : await accounts.SetPasswordAsync(name, password, ct).ConfigureAwait(false) ? await SayAsync(context, $"Password of '{name}' changed; the account is unlocked.").ConfigureAwait(false)
                : await FailAsync(context, $"There is no moderator '{name}' (see 'moderators list').").ConfigureAwait(false)),
            List(context, shared),
        };

    private static Command List(CliContext context, SharedOptions shared)
    {
        var command = new Command("list", "List the moderators: name, added, last sign-in, locked until.");
        command.SetAction((parse, cancellationToken) => RunAsync(context, shared, parse, async (accounts, ct) =>
        {
            var moderators = await accounts.ListAsync(ct).ConfigureAwait(false);
            foreach (var m in moderators)
            {
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{m.Name,-24}  added {m.Created.UtcDateTime:yyyy-MM-dd}  last sign-in {(m.LastSignIn is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "never"),-16}{(m.LockedUntil is { } until ? $"  locked until {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : string.Empty)}")).ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(moderators.Count == 0 ? "No moderator yet: add one with 'moderators add NAME'." : $"{moderators.Count} moderator(s).").ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static Command WithName(CliContext context, SharedOptions shared, string name, string description, Func<ModeratorAccounts, string, CancellationToken, Task<int>> run)
    {
        var moderator = new Argument<string>("NAME") { Description = "The moderator's sign-in name." };
        var command = new Command(name, description) { moderator };
        command.Validators.Add(result =>
        {
            if (result.GetValue(moderator) is { } value && ModeratorNames.Problem(value) is { } problem)
            {
                result.AddError(problem);
            }
        });
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, shared, parse, (accounts, ct) => run(accounts, parse.GetValue(moderator)!, ct), cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(CliContext context, SharedOptions shared, ParseResult parse, Func<ModeratorAccounts, CancellationToken, Task<int>> run, CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(
            context,
            shared.Read(parse),
            async (services, ct) =>
            {
                var accounts = services.GetRequiredService<ModeratorAccounts>();
                try
                {
                    return await run(accounts, ct).ConfigureAwait(false);
                }
                catch (DbException e)
                {
                    return await FailAsync(context, $"The moderators' account file '{accounts.Path}' cannot be used: {e.Message}").ConfigureAwait(false);
                }
            },
            cancellationToken,
            builder =>
            {
                if (parse.GetValue(Accounts) is { } path)
                {
                    builder.Configuration.AddInMemoryCollection([new($"{ModerationOptions.SectionName}:{nameof(ModerationOptions.AccountsPath)}", path)]);
                }

                builder.Services.AddModeratorAccounts();
            });

    /// <summary>The new password, or null after saying why it cannot be taken.</summary>
    private static async Task<string?> ReadPasswordAsync(CliContext context, CancellationToken cancellationToken)
    {
        string? password;
        if (ReferenceEquals(context.Input, Console.In) && !Console.IsInputRedirected)
        {
            password = ReadHidden(context, "Password: ");
            if (password is not null && ModeratorNames.PasswordProblem(password) is null && ReadHidden(context, "Same password again: ") != password)
            {
                await FailAsync(context, "The two passwords differ; nothing was changed.").ConfigureAwait(false);
                return null;
            }
        }
        else
        {
            password = await context.Input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
        }

        if (password is null)
        {
            await FailAsync(context, "No password was given: type it when asked, or pipe it as one line on standard input.").ConfigureAwait(false);
            return null;
        }

        if (ModeratorNames.PasswordProblem(password) is { } problem)
        {
            await FailAsync(context, problem + " Nothing was changed.").ConfigureAwait(false);
            return null;
        }

        return password;
    }

    private static string? ReadHidden(CliContext context, string prompt)
    {
        context.Error.Write(prompt);
        var typed = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    context.Error.WriteLine();
                    return typed.ToString();
                case ConsoleKey.Backspace when typed.Length > 0:
                    typed.Length--;
                    break;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        typed.Append(key.KeyChar);
                    }

                    break;
            }
        }
    }

    private static async Task<int> SayAsync(CliContext context, string message)
    {
        await context.Output.WriteLineAsync(message).ConfigureAwait(false);
        return 0;
    }

    private static async Task<int> FailAsync(CliContext context, string message)
    {
        await context.Error.WriteLineAsync(message).ConfigureAwait(false);
        return CommandRunner.ExitFailure;
    }
}
