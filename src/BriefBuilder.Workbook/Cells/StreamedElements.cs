using DocumentFormat.OpenXml;

namespace BriefBuilder.Workbooks.Cells;

/// <summary>Walks a part with the streaming reader, loading only the elements asked for, one at a time.</summary>
internal static class StreamedElements
{
    public static IEnumerable<T> Of<T>(OpenXmlReader reader)
        where T : OpenXmlElement => Of(reader, typeof(T)).Cast<T>();

    public static IEnumerable<OpenXmlElement> Of(OpenXmlReader reader, params Type[] wanted)
    {
        // Loading an element moves the reader past it, onto whatever follows: that node is examined before
        // reading on, or a sibling right after a loaded element would be skipped.
        var more = reader.Read();
        while (more)
        {
            if (reader.IsStartElement && wanted.Contains(reader.ElementType))
            {
                yield return reader.LoadCurrentElement()!;
                more = !reader.EOF;
                continue;
            }

            more = reader.Read();
        }
    }
}
