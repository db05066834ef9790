using System.Security.Cryptography;

namespace KforBot.Corpus;

/// <summary>
/// Reads a file line by line as raw bytes, so a large bundle is never held in memory whole and a line with bad
/// UTF-8 spoils only itself. A line longer than <c>maxLineBytes</c> is passed over without being kept (its length is
/// in <see cref="OverlongLineBytes"/>), so memory stays bounded by the limit whatever the file holds. Every byte
/// read is also fed to a hash, for the corpus fingerprint.
/// </summary>
internal sealed class ByteLineReader(Stream stream, IncrementalHash contentHash, long maxLineBytes = long.MaxValue)
{
    private byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _atEnd;
    private long _skipped = -1;

    public long BytesRead { get; private set; }

    /// <summary>The bytes of the lines given so far (what is read ahead into the buffer is not counted).</summary>
    public long BytesPassed => BytesRead - (_end - _start);

    /// <summary>How many lines were given so far: one per line break, and one for a last line without one.</summary>
    public int LinesRead { get; private set; }

    /// <summary>The length of the line just read when it was over the limit (then the line given is empty); otherwise null.</summary>
    public long? OverlongLineBytes { get; private set; }

    /// <summary>The next line without its line break (and without a '\r' before it), or false at the end.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        OverlongLineBytes = null;
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (_skipped >= 0 && (newline >= 0 || _atEnd))
            {
                var length = newline >= 0 ? newline : _end - _start;
                OverlongLineBytes = _skipped + length;
                _skipped = -1;
                _start += newline >= 0 ? newline + 1 : length;
                line = ReadOnlyMemory<byte>.Empty;
                LinesRead++;
                return true;
            }

            if (newline >= 0)
            {
                line = Limited(TrimReturn(_buffer.AsMemory(_start, newline)));
                _start += newline + 1;
                LinesRead++;
                return true;
            }

            if (_atEnd)
            {
                line = Limited(TrimReturn(_buffer.AsMemory(_start, _end - _start)));
                var hadText = _end > _start;
                _start = _end;
                LinesRead += hadText ? 1 : 0;
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
            if (_skipped >= 0 || _end > maxLineBytes)
            {
                // Over the limit: what was read of the line is counted and dropped, and the rest passed over.
                _skipped = Math.Max(_skipped, 0) + _end;
                _end = 0;
            }
            else
            {
                // A line longer than the buffer: grow it rather than cut the line.
                Array.Resize(ref _buffer, _buffer.Length * 2);
            }
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

    private ReadOnlyMemory<byte> Limited(ReadOnlyMemory<byte> line)
    {
        if (line.Length <= maxLineBytes)
        {
            return line;
        }

        OverlongLineBytes = line.Length;
        return ReadOnlyMemory<byte>.Empty;
    }

    private static ReadOnlyMemory<byte> TrimReturn(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;
}
