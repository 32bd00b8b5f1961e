namespace Chronicle.Attribution.Quotes;

/// <summary>The quotation-mark families Chronicle reads.</summary>
internal enum QuoteMarkKind
{
    None,

    /// <summary>Straight double quote <c>"</c>: direction from the characters around it.</summary>
    Straight,

    /// <summary><c>“</c> opening (also closing after <c>„</c>).</summary>
    CurlyOpen,

    /// <summary><c>”</c> closing.</summary>
    CurlyClose,

    /// <summary><c>„</c> low opening (German, Polish…).</summary>
    LowOpen,

    /// <summary><c>«</c>.</summary>
    GuillemetOpen,

    /// <summary><c>»</c>.</summary>
    GuillemetClose,

    /// <summary><c>'</c>, <c>‘</c>, <c>’</c>: single quotes or apostrophes.</summary>
    Single,
}
