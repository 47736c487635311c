namespace BriefBuilder.Layout.Elements;

/// <summary>Where a link goes: an anchor in the same document, or a web or mail address.</summary>
public abstract record LinkTarget
{
    public static LinkTarget ToAnchor(string name) => new InternalLink(name);

    /// <summary>An http, https or mailto address; any other scheme is refused, as it could run code in a reader's viewer.</summary>
    public static LinkTarget ToUri(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !IsAllowedScheme(parsed.Scheme))
        {
            throw new ArgumentException($"Links may only use http, https or mailto: '{uri}'.", nameof(uri));
        }

        return new ExternalLink(parsed.OriginalString);
    }

    public static bool IsAllowedScheme(string scheme) =>
        scheme is "http" or "https" or "mailto";
}

public sealed record InternalLink(string AnchorName) : LinkTarget;

public sealed record ExternalLink(string Uri) : LinkTarget;
