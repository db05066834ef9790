using System.Security.Cryptography;

namespace KforBot.Corpus;

/// <summary>
/// Reads a file line by line as raw bytes, so a large bundle is never held in memory whole and a line with bad
/// UTF-8 spoils only itself. Every byte read is also fed to a hash, for the corpus fingerprint.
/// </summary>
internal sealed class ByteLineReader(Stream stream, IncrementalHash contentHash)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _atEnd;

    public long BytesRead { get; private set; }

    /// <summary>The next line without its line break (and without a '\r' before it), or false at the end.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = TrimReturn(_buffer.AsMemory(_start, newline));
                _start += newline + 1;
                return true;
            }

            if (_atEnd)
            {
                line = TrimReturn(_buffer.AsMemory(_start, _end - _start));
                var hadText = _end > _start;
                _start = _end;
                return hadText;
            }

            Fill();
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // A line longer than the buffer: grow it rather than cut the line.
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _atEnd = true;
            return;
        }

        contentHash.AppendData(_buffer, _end, read);
        BytesRead += read;
        _end += read;
    }

    private static ReadOnlyMemory<byte> TrimReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}
