using System.Security.Cryptography;
using System.Text;

namespace KforBot.Log;

/// <summary>
/// Turns a channel's user id into the pseudonym the log stores: HMAC-SHA256 of "channel:id" with the secret key,
/// 128 bits in hex. The same user always gets the same pseudonym (so <c>/forget</c> finds their entries), and
/// without the key a pseudonym cannot be traced back to the id.
/// </summary>
internal sealed class UserPseudonyms(UserIdKey key)
{
    public string Of(LogChannel channel, string userId)
    {
        var hash = HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(LogNames.Of(channel) + ":" + userId));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
