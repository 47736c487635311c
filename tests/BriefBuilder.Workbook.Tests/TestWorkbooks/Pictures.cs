using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace BriefBuilder.Tests.TestWorkbooks;

/// <summary>Anchors a small PNG on a worksheet, as pasting a logo in Excel does: a drawing part with an image part.</summary>
internal static class Pictures
{
    // The 1x1 transparent PNG: signature, IHDR, one IDAT row, IEND.
    private static readonly byte[] Png = Convert.FromHexString(
        "89504E470D0A1A0A0000000D4948445200000001000000010806000000" +
        "1F15C4890000000A49444154789C63000100000500010D0A2DB40000000049454E44AE426082");

    public static void Add(WorksheetPart sheet)
    {
        var drawings = sheet.AddNewPart<DrawingsPart>();
        var image = drawings.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(Png))
        {
            image.FeedData(data);
        }

        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing(
            new Xdr.TwoCellAnchor(
                new Xdr.FromMarker(new Xdr.ColumnId("14"), new Xdr.ColumnOffset("0"), new Xdr.RowId("1"), new Xdr.RowOffset("0")),
                new Xdr.ToMarker(new Xdr.ColumnId("16"), new Xdr.ColumnOffset("0"), new Xdr.RowId("5"), new Xdr.RowOffset("0")),
                new Xdr.Picture(
                    new Xdr.NonVisualPictureProperties(
                        new Xdr.NonVisualDrawingProperties { Id = 2U, Name = "Logo" },
                        new Xdr.NonVisualPictureDrawingProperties()),
                    new Xdr.BlipFill(new A.Blip { Embed = drawings.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                    new Xdr.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 952500, Cy = 952500 }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
                new Xdr.ClientData()));
        sheet.Worksheet.Append(new Drawing { Id = sheet.GetIdOfPart(drawings) });
    }
}
