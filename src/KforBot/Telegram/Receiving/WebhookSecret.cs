using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram.Receiving;

/// <summary>Checks the X-Telegram-Bot-Api-Secret-Token header in constant time, so the secret cannot be guessed byte by byte from response times.</summary>
internal sealed class WebhookSecret(IOptions<TelegramOptions> options)
{
    public const string HeaderName = "X-Telegram-Bot-Api-Secret-Token";

    private readonly byte[] _expected = Encoding.UTF8.GetBytes(options.Value.WebhookSecret ?? string.Empty);

    public bool Matches(string? received) =>
        _expected.Length > 0 && received is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received), _expected);
}
