using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using BriefBuilder.Layout.Document;

namespace BriefBuilder.Layout.Pdf;

/// <summary>A PDF file written front to back (ISO 32000-1 7.5): objects are numbered when first referred to and written
/// once, in any order. Dictionaries and arrays go into compressed object streams (7.5.7), streams are written directly,
/// and a cross-reference stream (7.5.8) closes the file. Nothing is kept of an object once it is written, and the bytes
/// go to the output as they are made, so memory holds a megabyte of the file and an offset per object, not the file.
/// The file ID is a hash of everything before it, so the same objects give the same file.</summary>
internal sealed class PdfFile
{
    // Objects per object stream: large enough to compress well, small enough that a reader decompresses little to find one.
    private const int ObjectsPerStream = 400;

    // Bytes are staged in a buffer and written to the output each time it fills.
    private const int ChunkSize = 1 << 20;
    private readonly PdfBuffer _file = new(ChunkSize + (64 * 1024));
    private readonly Stream _output;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _flushed;
    private readonly BlockList<Location> _locations = new();
    private readonly MemoryStream _deflated = new();
    private readonly PdfBuffer _batch = new(64 * 1024);
    private readonly List<(int Number, int Offset)> _batched = [];
    private readonly PdfBuffer _objectStream = new(128 * 1024);
    private bool _inBatch;

    /// <param name="output">Where the file is written, front to back (it is never read, sought or closed here).</param>
    public PdfFile(Stream output)
    {
        _output = output;
        // Object 0 is none: it heads the free list (7.5.4).
        _locations.Add(default);
        // A binary comment line after the header tells transfer tools the file is binary (7.5.2).
        _file.Raw("%PDF-1.7\n%").Raw([0xE2, 0xE3, 0xCF, 0xD3]).Raw("\n");
    }

    /// <summary>A number for an object to be written later (references to it can be written now).</summary>
    public int Reserve() => _locations.Add(default);

    /// <summary>Starts object <paramref name="number"/> (not a stream); write its value into the returned buffer, then call <see cref="End"/>.</summary>
    public PdfBuffer Begin(int number)
    {
        Claim(number, new Location(2, 0, 0));
        _inBatch = true;
        _batched.Add((number, _batch.Length));
        return _batch;
    }

    public void End()
    {
        _batch.Byte((byte)'\n');
        _inBatch = false;
        if (_batched.Count >= ObjectsPerStream)
        {
            FlushBatch();
        }
    }

    /// <summary>Writes a stream object: its dictionary's extra entries come from <paramref name="dictionary"/> (may be
    /// null), /Length and /Filter from here. Deflated as <see cref="Deflation"/> deflates.</summary>
    public void Stream(int number, ReadOnlySpan<byte> data, Action<PdfBuffer>? dictionary = null, bool deflate = true) =>
        Write(number, deflate ? Deflation.Deflate(data, _deflated) : data, dictionary, deflate);

    /// <summary>Writes a stream object whose data is deflated already (with <see cref="Deflation"/>).</summary>
    public void StreamDeflated(int number, ReadOnlySpan<byte> deflated) => Write(number, deflated, null, true);

    private void Write(int number, ReadOnlySpan<byte> body, Action<PdfBuffer>? dictionary, bool deflate)
    {
        if (_inBatch)
        {
            throw new InvalidOperationException("A stream cannot be written while an object is open.");
        }

        Claim(number, At(Position));
        _file.Int(number).Raw(" 0 obj\n<<");
        dictionary?.Invoke(_file);
        if (deflate)
        {
            _file.Raw("/Filter/FlateDecode");
        }

        _file.Raw("/Length ").Int(body.Length).Raw(">>\nstream\n").Raw(body).Raw("\nendstream\nendobj\n");
        if (_file.Length >= ChunkSize)
        {
            Flush();
        }
    }

    /// <summary>A hash of the objects written so far, for identifiers that must follow from the content.</summary>
    public byte[] HashSoFar()
    {
        FlushBatch();
        Flush();
        return _hash.GetCurrentHash();
    }

    /// <summary>Writes the cross-reference stream and the rest of the file; returns the file's length. Every reserved
    /// object must be written.</summary>
    public long Finish(int catalog, int info)
    {
        var id = HashSoFar().AsSpan(0, 16).ToArray();
        for (var n = 1; n < _locations.Count; n++)
        {
            if (_locations[n].Kind == 0)
            {
                throw new InvalidOperationException($"Object {n} was reserved but never written.");
            }
        }

        var xref = Reserve();
        _locations[xref] = At(Position);

        // Each entry: type (1 byte), offset or object stream number (4), generation or index in the stream (2).
        // Object 0 heads the free list: type 0, next free object 0, generation 65535 (7.5.8.3).
        var entries = new byte[_locations.Count * 7];
        entries[5] = 0xFF;
        entries[6] = 0xFF;
        for (var n = 1; n < _locations.Count; n++)
        {
            var (kind, field, index) = _locations[n];
            entries[n * 7] = kind;
            BinaryPrimitives.WriteUInt32BigEndian(entries.AsSpan((n * 7) + 1), field);
            BinaryPrimitives.WriteUInt16BigEndian(entries.AsSpan((n * 7) + 5), index);
        }

        var body = Deflation.Deflate(entries, _deflated);
        var xrefAt = Position;
        _file.Int(xref).Raw(" 0 obj\n<</Type/XRef/Size ").Int(_locations.Count).Raw("/W[1 4 2]/Root ").Ref(catalog).Raw("/Info ").Ref(info).Raw("/ID[<");
        HexId(id);
        _file.Raw("><");
        HexId(id);
        _file.Raw(">]/Filter/FlateDecode/Length ").Int(body.Length).Raw(">>\nstream\n").Raw(body).Raw("\nendstream\nendobj\n");
        _file.Raw("startxref\n").Int(xrefAt).Raw("\n%%EOF\n");
        Flush();
        return _flushed;
    }

    private long Position => _flushed + _file.Length;

    private void Flush()
    {
        if (_file.Length == 0)
        {
            return;
        }

        _hash.AppendData(_file.Written);
        _output.Write(_file.Written);
        _flushed += _file.Length;
        _file.Clear();
    }

    private void Claim(int number, Location location)
    {
        if (_locations[number].Kind != 0)
        {
            throw new InvalidOperationException($"Object {number} was written already.");
        }

        _locations[number] = location;
    }

    // An object stream (7.5.7): pairs of object number and offset, then the objects themselves, deflated together.
    private void FlushBatch()
    {
        if (_batched.Count == 0)
        {
            return;
        }

        var number = Reserve();
        var header = _objectStream;
        header.Clear();
        for (var i = 0; i < _batched.Count; i++)
        {
            header.Int(_batched[i].Number).Byte((byte)' ').Int(_batched[i].Offset).Byte((byte)' ');
            _locations[_batched[i].Number] = new Location(2, (uint)number, (ushort)i);
        }

        var count = _batched.Count;
        var first = header.Length;
        header.Raw(_batch.Written);
        _batch.Clear();
        _batched.Clear();
        Stream(number, header.Written, d => d.Raw("/Type/ObjStm/N ").Int(count).Raw("/First ").Int(first));
    }

    private void HexId(byte[] id)
    {
        foreach (var b in id)
        {
            _file.Hex(b);
        }
    }

    // An object written at a byte offset. The cross-reference stream gives an offset four bytes (W[1 4 2]), which is
    // also all a location keeps: a file that would run past them stops with a message, not a broken cross-reference.
    private static Location At(long offset) => offset <= uint.MaxValue
        ? new Location(1, (uint)offset, 0)
        : throw new LayoutLimitException("The PDF runs past 4 GiB, the most its cross-reference stream can point into.");

    /// <summary>Where an object is: kind 1 at a byte offset, kind 2 in an object stream at an index; kind 0 not written yet.
    /// The sizes the cross-reference stream writes them in (W[1 4 2]), laid out by the runtime: 8 bytes an object, where a
    /// long offset took 16 (3.3 million objects in a 100,000-claim snapshot).</summary>
    [StructLayout(LayoutKind.Auto)]
    private readonly record struct Location(byte Kind, uint Field, ushort Index);
}
