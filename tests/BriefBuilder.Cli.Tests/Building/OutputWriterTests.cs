using BriefBuilder.Cli.Building;

namespace BriefBuilder.Cli.Tests.Building;

public sealed class OutputWriterTests : IDisposable
{
    private static readonly byte[] Written = "written"u8.ToArray();

    private readonly string _folder = Directory.CreateTempSubdirectory("briefbuilder-output-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void An_input_reached_through_a_linked_folder_is_refused_and_left_as_it_was()
    {
        var input = Input("real/dossier.xlsx");
        File.CreateSymbolicLink(Path.Combine(_folder, "link"), Path.Combine(_folder, "real"));

        var problem = OutputWriter.Write(Path.Combine(_folder, "link", "dossier.xlsx"), [input], Write);

        Assert.Contains("refusing to write over an input file", problem, StringComparison.Ordinal);
        Assert.Equal("input"u8.ToArray(), File.ReadAllBytes(input));
    }

    [Fact]
    public void An_input_reached_through_a_hard_link_is_refused()
    {
        var input = Input("dossier.xlsx");
        var other = Path.Combine(_folder, "other-name.xlsx");
        using (var ln = System.Diagnostics.Process.Start("ln", [input, other]))
        {
            ln.WaitForExit();
        }


        var problem = OutputWriter.Write(other, [input], Write);

        Assert.NotNull(problem);
        Assert.Equal("input"u8.ToArray(), File.ReadAllBytes(input));
    }

    [Fact]
    public void A_link_planted_where_the_old_writer_put_its_temporary_file_is_not_followed()
    {
        var input = Input("dossier.xlsx");
        var output = Path.Combine(_folder, "brief.pdf");
        File.CreateSymbolicLink(Path.Combine(_folder, ".brief.pdf.partial"), input);

        var problem = OutputWriter.Write(output, [], Write);

        Assert.Null(problem);
        Assert.Equal(Written, File.ReadAllBytes(output));
        Assert.Equal("input"u8.ToArray(), File.ReadAllBytes(input));
    }

    [Fact]
    public void A_written_file_takes_its_place_whole_and_leaves_nothing_beside_it()
    {
        var output = Input("out/brief.pdf");

        var problem = OutputWriter.Write(output, [], Write);

        Assert.Null(problem);
        Assert.Equal(Written, File.ReadAllBytes(output));
        Assert.Equal(["brief.pdf"], Directory.GetFileSystemEntries(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_link_to_a_file_is_kept_and_the_file_it_leads_to_is_replaced()
    {
        var target = Input("real/brief.pdf");
        var link = Path.Combine(_folder, "brief.pdf");
        File.CreateSymbolicLink(link, target);

        var problem = OutputWriter.Write(link, [], Write);

        Assert.Null(problem);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(Written, File.ReadAllBytes(target));
    }

    [Fact]
    public void A_device_is_written_straight_through_without_a_rename()
    {
        var problem = OutputWriter.Write("/dev/null", [], Write);

        Assert.Null(problem);
        Assert.True(File.Exists("/dev/null"));
    }

    [Fact]
    public void A_folder_where_the_file_should_be_is_named()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "brief.pdf"));

        var problem = OutputWriter.Write(Path.Combine(_folder, "brief.pdf"), [], Write);

        Assert.Equal("is a folder, not a file", problem);
    }

    [Fact]
    public void A_file_where_the_folder_should_be_is_named()
    {
        var file = Input("notes");

        var problem = OutputWriter.Write(Path.Combine(file, "sub", "brief.pdf"), [], Write);

        Assert.Equal($"cannot make the folder {Path.Combine(file, "sub")}: {file} is a file, not a folder", problem);
    }

    [Fact]
    public void A_new_file_is_never_written_over_one_that_is_there()
    {
        var existing = Input("dossier.xlsx");

        var problem = OutputWriter.WriteNew(existing, Write);

        Assert.Equal("already exists; it is never overwritten", problem);
        Assert.Equal("input"u8.ToArray(), File.ReadAllBytes(existing));
    }

    [Fact]
    public void A_write_that_fails_half_way_leaves_the_earlier_file_and_no_temporary_one()
    {
        var output = Input("brief.pdf");

        Assert.Throws<InvalidOperationException>(() => OutputWriter.Write(output, [], stream =>
        {
            stream.Write(Written);
            throw new InvalidOperationException("the writer stopped");
        }));

        Assert.Equal("input"u8.ToArray(), File.ReadAllBytes(output));
        Assert.Equal(["brief.pdf"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_file_its_writer_declines_leaves_the_earlier_file_and_no_temporary_one()
    {
        var output = Input("brief.pdf");

        var problem = OutputWriter.Write(output, [], stream =>
        {
            stream.Write(Written);
            return false;
        });

        Assert.Null(problem);
        Assert.Equal("input"u8.ToArray(), File.ReadAllBytes(output));
        Assert.Equal(["brief.pdf"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task A_pipe_hears_nothing_of_a_file_its_writer_declines_and_all_of_one_it_keeps()
    {
        var pipe = Path.Combine(_folder, "pipe");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
        {
            mkfifo.WaitForExit();
        }

        // Opening a pipe to read waits for a writer, so the reader has a thread of its own.
        var heard = Task.Run(() => File.ReadAllBytes(pipe));
        Assert.Null(OutputWriter.Write(pipe, [], stream =>
        {
            stream.Write("declined"u8);
            return false;
        }));
        Assert.Null(OutputWriter.Write(pipe, [], Write));

        Assert.Equal(Written, await heard);
    }

    private static void Write(Stream stream) => stream.Write(Written);

    private string Input(string name)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, "input"u8.ToArray());
        return path;
    }
}
