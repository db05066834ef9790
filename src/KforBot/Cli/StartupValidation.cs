using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KforBot.Cli;

/// <summary>
/// Validates every option marked ValidateOnStart before the host starts: a bad setting then surfaces as one
/// plain message ("Configuration error: ...") instead of the host's "Hosting failed to start" stack trace.
/// </summary>
internal static class StartupValidation
{
    /// <exception cref="OptionsValidationException">A setting is invalid; the message names it.</exception>
    public static void ValidateSettings(this IServiceProvider services) =>
        services.GetService<IStartupValidator>()?.Validate();
}
