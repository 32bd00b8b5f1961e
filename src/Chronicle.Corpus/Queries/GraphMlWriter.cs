using System.Globalization;
using System.Xml;

namespace Chronicle.Corpus.Queries;

/// <summary>Writes an <see cref="ActorNetwork"/> as GraphML (directed, with label, event count and mean Goldstein attributes).</summary>
public static class GraphMlWriter
{
    private const string Ns = "http://graphml.graphdrawing.org/xmlns";

    public static void Write(ActorNetwork network, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(output);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Ns);
        Key(xml, "label", "node", "label", "string");
        Key(xml, "nodeEvents", "node", "events", "long");
        Key(xml, "events", "edge", "events", "long");
        Key(xml, "documents", "edge", "documents", "long");
        Key(xml, "goldstein", "edge", "goldstein", "double");
        Key(xml, "conflict", "edge", "conflict", "long");
        Key(xml, "cooperation", "edge", "cooperation", "long");
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("id", "actors");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in network.Nodes)
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", node.Id);
            Data(xml, "label", node.Label);
            Data(xml, "nodeEvents", node.Events.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        var number = 0;
        foreach (var edge in network.Edges)
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", "e" + (number++).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            Data(xml, "events", edge.Events.ToString(CultureInfo.InvariantCulture));
            Data(xml, "documents", edge.Documents.ToString(CultureInfo.InvariantCulture));
            Data(xml, "goldstein", edge.MeanGoldstein.ToString("0.###", CultureInfo.InvariantCulture));
            Data(xml, "conflict", edge.Conflict.ToString(CultureInfo.InvariantCulture));
            Data(xml, "cooperation", edge.Cooperation.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Key(XmlWriter xml, string id, string target, string name, string type)
    {
        xml.WriteStartElement("key", Ns);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", target);
        xml.WriteAttributeString("attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", Ns);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
