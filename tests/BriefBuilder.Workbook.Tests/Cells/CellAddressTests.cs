using BriefBuilder.Workbooks.Cells;
using CsCheck;

namespace BriefBuilder.Tests.Workbooks.Cells;

public sealed class CellAddressTests
{
    [Theory]
    [InlineData("A1", 1, 1)]
    [InlineData("Z9", 9, 26)]
    [InlineData("AA10", 10, 27)]
    [InlineData("XFD1048576", 1_048_576, 16_384)]
    [InlineData("$B$7", 7, 2)]
    [InlineData("b7", 7, 2)]
    public void References_read_as_row_and_column(string reference, int row, int column)
    {
        Assert.Equal(new CellAddress(row, column), CellAddress.Parse(reference));
    }

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("7")]
    [InlineData("A0")]
    [InlineData("XFE1")]
    [InlineData("A1048577")]
    [InlineData("A1:B2")]
    public void Anything_else_is_not_a_reference(string text)
    {
        Assert.Null(CellAddress.Parse(text));
    }

    [Fact]
    public void Addresses_write_back_as_the_references_they_were_read_from()
    {
        foreach (var reference in new[] { "A1", "Z26", "AZ52", "BA53", "ZZ702", "AAA703", "XFD1048576" })
        {
            Assert.Equal(reference, CellAddress.Parse(reference)!.Value.ToString());
        }
    }

    [Fact]
    public void Every_address_on_a_sheet_survives_writing_and_reading()
    {
        Gen.Select(Gen.Int[1, 1_048_576], Gen.Int[1, 16_384]).Sample((row, column) =>
            CellAddress.Parse(new CellAddress(row, column).ToString()) == new CellAddress(row, column));
    }

    [Fact]
    public void A_range_is_read_corner_to_corner_whichever_way_it_is_written()
    {
        var range = CellRange.Parse("C7:B5")!.Value;

        Assert.Equal("B5:C7", range.ToString());
        Assert.Equal(["B5", "C5", "B6", "C6", "B7", "C7"], range.Cells().Select(c => c.ToString()));
    }
}
