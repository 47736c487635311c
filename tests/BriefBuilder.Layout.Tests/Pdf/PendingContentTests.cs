using System.IO.Compression;
using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Output;
using BriefBuilder.Layout.Pdf;

namespace BriefBuilder.Layout.Tests.Pdf;

/// <summary>Page content deflated by a thread other than the page writer's: the same file, every stream whole.</summary>
public sealed class PendingContentTests
{
    // Contents of many lengths, some empty, each compressible and different.
    private static readonly byte[][] Contents = [.. Enumerable.Range(0, 40).Select(i =>
        System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat($"BT /F1 9 Tf 1 0 0 1 {i} {700 - i} Tm ({i})Tj ET\n", i % 7 == 0 ? 0 : 5 * i))))];

    [Fact]
    public void Contents_deflated_by_another_thread_are_written_as_the_writer_would_write_them_in_order()
    {
        var alone = Write(help: false, out var helpedAlone);
        var helped = Write(help: true, out var helpedCount);

        Assert.Equal(0, helpedAlone);
        Assert.Equal(Contents.Length, helpedCount);
        Assert.Equal(alone, helped);

        // Each stream, inflated again, is its page's content, in page order.
        var text = System.Text.Encoding.Latin1.GetString(helped);
        var at = 0;
        for (var i = 0; i < Contents.Length; i++)
        {
            var header = text.IndexOf($"{i + 1} 0 obj\n<</Filter/FlateDecode/Length ", at, StringComparison.Ordinal);
            Assert.True(header >= 0, $"stream {i + 1} is missing or out of order");
            var lengthStart = text.IndexOf("/Length ", header, StringComparison.Ordinal) + 8;
            var length = int.Parse(text[lengthStart..text.IndexOf('>', lengthStart)], System.Globalization.CultureInfo.InvariantCulture);
            var dataStart = text.IndexOf("stream\n", header, StringComparison.Ordinal) + 7;
            using var inflate = new ZLibStream(new MemoryStream(helped, dataStart, length), CompressionMode.Decompress);
            using var inflated = new MemoryStream();
            inflate.CopyTo(inflated);
            Assert.Equal(Contents[i], inflated.ToArray());
            at = dataStart + length;
        }
    }

    [Fact]
    public void A_full_page_queue_helps_the_writer_before_waiting_for_it_and_writes_every_page_in_order()
    {
        using var release = new ManualResetEventSlim();
        var written = new List<int>();
        var (added, helpsBeforeRelease, addingWhenFirstHelped) = (0, 0, 0);
        var queue = new PageQueue(page =>
        {
            release.Wait(TimeSpan.FromSeconds(30));
            lock (written)
            {
                written.Add(page.Number);
            }
        }, () =>
        {
            if (release.IsSet)
            {
                return false;
            }

            // Twice there is something to do; the third time there is not, and the writer may go on.
            addingWhenFirstHelped = addingWhenFirstHelped == 0 ? added : addingWhenFirstHelped;
            if (++helpsBeforeRelease < 3)
            {
                return true;
            }

            release.Set();
            return false;
        });

        for (var page = 1; page <= 20; page++)
        {
            added = page;
            queue.Add(new PageCanvas(page, 100, 100));
        }

        queue.Complete();

        // The queue holds eight pages: the ninth finds it full, or the tenth once the writer has taken page 1.
        Assert.InRange(addingWhenFirstHelped, 9, 10);
        Assert.Equal(3, helpsBeforeRelease);
        Assert.Equal(Enumerable.Range(1, 20), written);
    }

    private static byte[] Write(bool help, out int helped)
    {
        using var output = new MemoryStream();
        var file = new PdfFile(output);
        var pending = new PendingContent(file);
        var numbers = Enumerable.Range(0, Contents.Length).Select(_ => file.Reserve()).ToList();
        helped = 0;
        for (var i = 0; i < Contents.Length; i++)
        {
            pending.Add(numbers[i], Contents[i]);
            if (help && Task.Run(pending.HelpOnce).Result)
            {
                helped++;
            }
        }

        pending.WriteAll();
        file.HashSoFar();
        return output.ToArray();
    }
}
