using Microsoft.Extensions.Options;

namespace KforBot.Telegram;

/// <summary>Checks <see cref="TelegramOptions"/> at start-up: its data annotations and its own checks, by code generated at compile time.</summary>
[OptionsValidator]
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>;
