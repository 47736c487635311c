using BriefBuilder.Layout.Pdf;

namespace BriefBuilder.Layout.Tests.Pdf;

public class BlockListTests
{
    [Fact]
    public void Entries_keep_their_index_across_blocks_and_can_be_changed_in_place()
    {
        var list = new BlockList<int>();
        for (var i = 0; i < 5000; i++)
        {
            Assert.Equal(i, list.Add(i * 2));
        }

        list[4999] = -1;

        Assert.Equal(5000, list.Count);
        Assert.Equal(4094, list[2047]);
        Assert.Equal(4096, list[2048]);
        Assert.Equal(-1, list[4999]);
    }

    [Fact]
    public void An_index_past_the_entries_is_refused_even_inside_a_block()
    {
        var list = new BlockList<int>();
        list.Add(1);

        Assert.Throws<ArgumentOutOfRangeException>(() => list[1]);
    }
}
