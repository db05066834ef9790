using System.CommandLine;
using System.CommandLine.Parsing;

namespace KforBot.Cli;

/// <summary>
/// Makes a word that looks like an option an error wherever a command takes a free argument. System.CommandLine
/// hands an unmatched "--bogus" to a command's argument, so <c>ask --bogus</c> was answered as a question. A
/// question (or query, or file) may still begin with '-' after <c>--</c>.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>Adds the check to <paramref name="command"/> and its subcommands.</summary>
    /// <param name="command">The root command.</param>
    /// <param name="args">The whole command line: only words before its first <c>--</c> can be options.</param>
    public static void RejectIn(Command command, IReadOnlyList<string> args)
    {
        var optionLike = args.TakeWhile(arg => arg != "--").Where(LooksLikeOption).ToHashSet(StringComparer.Ordinal);
        command.Validators.Add(result =>
        {
            foreach (var argument in result.Children.OfType<ArgumentResult>())
            {
                foreach (var token in argument.Tokens.Where(token => optionLike.Contains(token.Value)))
                {
                    result.AddError($"Unknown option '{token.Value}'. To give a {argument.Argument.Name} that begins with '-', put -- before it.");
                }
            }
        });

        foreach (var subcommand in command.Subcommands)
        {
            RejectIn(subcommand, args);
        }
    }

    private static bool LooksLikeOption(string arg) => arg.Length > 1 && arg[0] == '-';
}
