using Microsoft.Win32.SafeHandles;

namespace KforBot.Search.Embeddings;

/// <summary>Reads at a given offset: safe from several questions at once, with no file position shared between them.</summary>
internal static class PositionedReads
{
    /// <summary>Reads until <paramref name="into"/> is full.</summary>
    /// <exception cref="EndOfStreamException">The file ends first.</exception>
    public static void ReadExactly(SafeFileHandle file, Span<byte> into, long offset)
    {
        while (!into.IsEmpty)
        {
            var read = RandomAccess.Read(file, into, offset);
            if (read == 0)
            {
                throw new EndOfStreamException("The vector file ended early.");
            }

            into = into[read..];
            offset += read;
        }
    }
}
