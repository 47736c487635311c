namespace BriefBuilder.Layout.Elements;

/// <summary>How wide a row cell or table column is.</summary>
public abstract record Width
{
    /// <summary>Exactly this many points.</summary>
    public static Width Fixed(double points) => new FixedWidth(points);

    /// <summary>A share of the space left after fixed and auto widths.</summary>
    public static Width Relative(double weight = 1) => new RelativeWidth(weight);

    /// <summary>As wide as the content wants, up to the space available.</summary>
    public static Width Auto { get; } = new AutoWidth();
}

public sealed record FixedWidth(double Points) : Width;

public sealed record RelativeWidth(double Weight) : Width;

public sealed record AutoWidth : Width;
