namespace Chronicle.Web.Tests;

/// <summary>API and browser tests share one server and one ingested corpus: ingest is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class WebServerGroup : ICollectionFixture<WebServerFixture>
{
    public const string Name = "web";
}
