using BriefBuilder.Layout.Layout;
using BriefBuilder.Layout.Results;

namespace BriefBuilder.Layout.Output;

/// <summary>What a format does with a laid-out document: takes its pages one at a time, in order, each furnished with
/// its header and footer, then closes the file. A page's drawing operations may be dropped once written.</summary>
internal interface IPageWriter
{
    /// <summary>Writes the next page; called on the page-writing thread when pages are streamed.</summary>
    void Page(PageCanvas page);

    /// <summary>Does one piece of the writing that need not wait its turn (deflating a page's content), if one is
    /// waiting; false when none is. Called from another thread while it waits for the writer.</summary>
    bool HelpOnce();

    /// <summary>Writes what follows the last page (the outline comes from the headings); returns the file's length.</summary>
    long Finish(IReadOnlyList<HeadingPlacement> headings);
}

/// <summary>Makes a format's page writer for a document, writing to <paramref name="output"/>, once its layout knows where
/// the anchors land and about how many pages it has (more may come).</summary>
internal delegate IPageWriter PageWriterFactory(Document.Document document, Stream output, IReadOnlyDictionary<string, AnchorPlacement> anchors, int expectedPages);
