using System.Text;

namespace KforBot.Formatting;

/// <summary>Packs blocks of a reply (passages, list items, report lines) into as few messages as a channel's length limit allows.</summary>
internal static class MessagePacking
{
    /// <summary>Joins blocks (with blank lines, by default) into as few messages of at most <paramref name="maxLength"/> characters as fit; no block is split, empty ones are left out.</summary>
    public static IReadOnlyList<string> Pack(IReadOnlyList<string> blocks, int maxLength, string separator = "\n\n")
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var block in blocks.Where(b => b.Length > 0))
        {
            if (current.Length > 0 && current.Length + separator.Length + block.Length > maxLength)
            {
                messages.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? separator : string.Empty).Append(block);
        }

        if (current.Length > 0)
        {
            messages.Add(current.ToString());
        }

        return messages;
    }
}
