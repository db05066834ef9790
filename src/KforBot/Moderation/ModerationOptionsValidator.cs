using Microsoft.Extensions.Options;

namespace KforBot.Moderation;

/// <summary>Refuses, at start-up, a <c>Moderation:Urls</c> that would serve the site over plain HTTP to other machines.</summary>
internal sealed class ModerationOptionsValidator : IValidateOptions<ModerationOptions>
{
    public ValidateOptionsResult Validate(string? name, ModerationOptions options) =>
        string.IsNullOrWhiteSpace(options.Urls) || ListenAddresses.Problem(options.Urls, options.BehindTlsProxy) is not { } problem
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ModerationOptions.SectionName}:{nameof(ModerationOptions.Urls)}: {problem}");
}
