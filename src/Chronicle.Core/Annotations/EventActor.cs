namespace Chronicle.Annotations;

/// <summary>One side of a coded event.</summary>
/// <param name="Code">CAMEO actor code (e.g. <c>IRNGOV</c>).</param>
/// <param name="Entity">Entity id in the document, when the actor is a recognised entity.</param>
public sealed record EventActor(string Name, string? Code, string? Entity);
