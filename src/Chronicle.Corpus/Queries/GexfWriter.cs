using System.Globalization;
using System.Xml;

namespace Chronicle.Corpus.Queries;

/// <summary>Writes an <see cref="ActorNetwork"/> as GEXF 1.3 (Gephi): directed edges weighted by event count.</summary>
public static class GexfWriter
{
    private const string Ns = "http://gexf.net/1.3";

    public static void Write(ActorNetwork network, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(output);
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, CloseOutput = false });
        xml.WriteStartDocument();
        xml.WriteStartElement("gexf", Ns);
        xml.WriteAttributeString("version", "1.3");
        xml.WriteStartElement("graph", Ns);
        xml.WriteAttributeString("defaultedgetype", "directed");
        xml.WriteAttributeString("mode", "static");

        xml.WriteStartElement("attributes", Ns);
        xml.WriteAttributeString("class", "edge");
        Attribute(xml, "0", "documents", "long");
        Attribute(xml, "1", "goldstein", "double");
        Attribute(xml, "2", "conflict", "long");
        Attribute(xml, "3", "cooperation", "long");
        xml.WriteEndElement();

        xml.WriteStartElement("nodes", Ns);
        foreach (var node in network.Nodes)
        {
            xml.WriteStartElement("node", Ns);
            xml.WriteAttributeString("id", node.Id);
            xml.WriteAttributeString("label", node.Label);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("edges", Ns);
        var number = 0;
        foreach (var edge in network.Edges)
        {
            xml.WriteStartElement("edge", Ns);
            xml.WriteAttributeString("id", (number++).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", edge.Source);
            xml.WriteAttributeString("target", edge.Target);
            xml.WriteAttributeString("weight", edge.Events.ToString(CultureInfo.InvariantCulture));
            xml.WriteStartElement("attvalues", Ns);
            Value(xml, "0", edge.Documents.ToString(CultureInfo.InvariantCulture));
            Value(xml, "1", edge.MeanGoldstein.ToString("0.###", CultureInfo.InvariantCulture));
            Value(xml, "2", edge.Conflict.ToString(CultureInfo.InvariantCulture));
            Value(xml, "3", edge.Cooperation.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Attribute(XmlWriter xml, string id, string title, string type)
    {
        xml.WriteStartElement("attribute", Ns);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("title", title);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static void Value(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("attvalue", Ns);
        xml.WriteAttributeString("for", key);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }
}
