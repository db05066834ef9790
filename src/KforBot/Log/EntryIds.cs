using System.Globalization;
using System.Security.Cryptography;

namespace KforBot.Log;

/// <summary>
/// Makes entry ids that sort in the order entries were recorded, also within one millisecond (the log lists
/// newest first): 12 hex digits of milliseconds, 4 of a counter within that millisecond, and 16 random ones so two
/// processes writing the same log never collide. 32 characters: small enough for a Telegram button's data.
/// </summary>
internal sealed class EntryIds
{
    private readonly Lock _lock = new();
    private long _lastMs = -1;
    private int _sequence;

    /// <summary>Whether <paramref name="id"/> has the shape of an entry id (32 lowercase hex digits), e.g. in a button's data.</summary>
    public static bool IsWellFormed(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower);

    public string Next(DateTimeOffset at)
    {
        long ms;
        int sequence;
        lock (_lock)
        {
            ms = Math.Max(at.ToUnixTimeMilliseconds(), _lastMs);
            _sequence = ms == _lastMs ? _sequence + 1 : 0;
            if (_sequence > 0xFFFF)
            {
                // More than 65,536 entries in one millisecond: borrow the next millisecond.
                ms++;
                _sequence = 0;
            }

            _lastMs = ms;
            sequence = _sequence;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{ms:x12}{sequence:x4}{RandomNumberGenerator.GetHexString(16, lowercase: true)}");
    }
}
