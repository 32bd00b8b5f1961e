using System.Data.Common;

namespace Chronicle.Storage.Relational;

/// <summary>
/// The query API both engines answer with the same SQL: entities, timelines, networks, clusters, duplicate groups and
/// the consolidated records. Only full-text search differs by engine and stays with each store.
/// </summary>
public abstract partial class RelationalCorpusStore
{
    /// <summary>Entity ids whose key or an alias contains <c>@k</c> as whole words (keys hold only letters, digits and spaces).</summary>
    protected const string MatchingEntities =
        """
        SELECT id FROM entities WHERE key = @k OR key LIKE @k || ' %' OR key LIKE '% ' || @k OR key LIKE '% ' || @k || ' %'
        UNION SELECT entity_id FROM entity_aliases WHERE alias_key = @k
        """;

    /// <summary>Reposts count once: a document's story key is its duplicate group, else itself.</summary>
    private const string StoryKey = "COALESCE(d.duplicate_group, -d.id)";

    public Task<IReadOnlyList<EntitySummary>> TopEntitiesAsync(int limit, string? type = null, CancellationToken cancellationToken = default) =>
        EntitiesAsync(type is null ? null : "e.type = @type", p =>
        {
            if (type is not null)
            {
                Bind(p, "@type", type.ToUpperInvariant());
            }
        }, limit, cancellationToken);

    public Task<IReadOnlyList<EntitySummary>> FindEntitiesAsync(string name, int limit = 10, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        return EntitiesAsync($"e.id IN ({MatchingEntities})", p => Bind(p, "@k", EntityKey.Normalise(name)), limit, cancellationToken);
    }

    public async Task<IReadOnlyList<TimelineEntry>> TimelineAsync(string name, int limit = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        var entries = new List<TimelineEntry>();
        await foreach (var r in QueryRowsAsync(
            $"""
            SELECT COALESCE(d.published_day, d.published), d.id, d.title, d.site, d.url, e.id, e.name, de.mentions,
                   CAST((SELECT COUNT(*) FROM quotes q WHERE q.document_id = d.id AND q.speaker_entity_id = e.id) AS INTEGER),
                   CAST((SELECT COUNT(*) FROM events v WHERE v.document_id = d.id AND (v.source_entity_id = e.id OR v.target_entity_id = e.id)) AS INTEGER)
            FROM document_entities de
            JOIN entities e ON e.id = de.entity_id
            JOIN documents d ON d.id = de.document_id
            WHERE de.entity_id IN ({MatchingEntities})
            ORDER BY d.published_day IS NULL, d.published_day, d.id
            LIMIT @limit
            """,
            p =>
            {
                Bind(p, "@k", EntityKey.Normalise(name));
                Bind(p, "@limit", limit);
            },
            cancellationToken))
        {
            entries.Add(new TimelineEntry(
                NullableString(r, 0), r.GetInt64(1), NullableString(r, 2), NullableString(r, 3), NullableString(r, 4),
                r.GetInt64(5), r.GetString(6), r.GetInt32(7), r.GetInt32(8), r.GetInt32(9)));
        }

        return entries;
    }

    public async Task<IReadOnlyList<NetworkEdge>> NetworkAsync(string? actor = null, int limit = 1000, CancellationToken cancellationToken = default)
    {
        var filter = actor is null
            ? string.Empty
            : "AND (e.source_code = @actor OR e.target_code = @actor OR lower(e.source_name) = lower(@actor) OR lower(e.target_name) = lower(@actor))";
        var edges = new List<NetworkEdge>();
        await foreach (var r in QueryRowsAsync(
            $"""
            SELECT COALESCE(e.source_code, e.source_name) AS s, MAX(e.source_name), COALESCE(e.target_code, e.target_name) AS t, MAX(e.target_name),
                   COUNT(*), COUNT(DISTINCT {StoryKey}), CAST(AVG(e.goldstein) AS DOUBLE PRECISION),
                   SUM(CASE WHEN e.quad_class >= 3 THEN 1 ELSE 0 END), SUM(CASE WHEN e.quad_class <= 2 THEN 1 ELSE 0 END)
            FROM events e JOIN documents d ON d.id = e.document_id
            WHERE COALESCE(e.source_code, e.source_name) IS NOT NULL AND COALESCE(e.target_code, e.target_name) IS NOT NULL {filter}
            GROUP BY s, t
            ORDER BY COUNT(*) DESC, s, t
            LIMIT @limit
            """,
            p =>
            {
                if (actor is not null)
                {
                    Bind(p, "@actor", actor);
                }

                Bind(p, "@limit", limit);
            },
            cancellationToken))
        {
            edges.Add(new NetworkEdge(
                r.GetString(0), NullableString(r, 1) ?? r.GetString(0), r.GetString(2), NullableString(r, 3) ?? r.GetString(2),
                r.GetInt64(4), r.GetInt64(5), r.GetDouble(6), r.GetInt64(7), r.GetInt64(8)));
        }

        return edges;
    }

    public async Task<IReadOnlyList<ClusterSummary>> ClustersAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        var ids = new List<long>();
        await foreach (var r in QueryRowsAsync(
            "SELECT cluster FROM documents WHERE cluster IS NOT NULL GROUP BY cluster HAVING COUNT(*) > 1 ORDER BY COUNT(*) DESC, cluster LIMIT @limit",
            p => Bind(p, "@limit", limit),
            cancellationToken))
        {
            ids.Add(r.GetInt64(0));
        }

        var clusters = new List<ClusterSummary>(ids.Count);
        foreach (var id in ids)
        {
            var members = await MembersAsync("d.cluster = @id", id, cancellationToken);
            var entities = new List<string>();
            await foreach (var r in QueryRowsAsync(
                """
                SELECT e.name FROM documents d JOIN document_entities de ON de.document_id = d.id JOIN entities e ON e.id = de.entity_id
                WHERE d.cluster = @id GROUP BY e.id ORDER BY COUNT(DISTINCT d.id) DESC, SUM(de.mentions) DESC, e.name LIMIT 5
                """,
                p => Bind(p, "@id", id),
                cancellationToken))
            {
                entities.Add(r.GetString(0));
            }

            var records = 0;
            await foreach (var r in QueryRowsAsync("SELECT CAST(COUNT(*) AS INTEGER) FROM event_records WHERE cluster = @id", p => Bind(p, "@id", id), cancellationToken))
            {
                records = r.GetInt32(0);
            }

            var dates = members.Select(m => PublishedDay.Of(m.Published)).OfType<string>().Order(StringComparer.Ordinal).ToList();
            var label = members.Select(m => m.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? string.Join(", ", entities);
            clusters.Add(new ClusterSummary(id, label, dates.FirstOrDefault(), dates.LastOrDefault(), members, entities, records));
        }

        return clusters;
    }

    public async Task<IReadOnlyList<DuplicateGroup>> DuplicateGroupsAsync(int limit = 100, CancellationToken cancellationToken = default)
    {
        var ids = new List<long>();
        await foreach (var r in QueryRowsAsync(
            "SELECT duplicate_group FROM documents WHERE duplicate_group IS NOT NULL GROUP BY duplicate_group ORDER BY COUNT(*) DESC, duplicate_group LIMIT @limit",
            p => Bind(p, "@limit", limit),
            cancellationToken))
        {
            ids.Add(r.GetInt64(0));
        }

        var groups = new List<DuplicateGroup>(ids.Count);
        foreach (var id in ids)
        {
            var members = await MembersAsync("d.duplicate_group = @id", id, cancellationToken);
            groups.Add(new DuplicateGroup(id, id, members));
        }

        return groups;
    }

    public async Task<IReadOnlyList<EventRecord>> EventRecordsAsync(long? clusterId = null, int limit = 1000, CancellationToken cancellationToken = default)
    {
        var records = new List<EventRecord>();
        await foreach (var r in QueryRowsAsync(
            $"""
            SELECT id, cluster, code, root_code, plover, source_name, source_code, target_name, target_code, goldstein, quad_class, date,
                   location_name, country_code, lat, lon
            FROM event_records {(clusterId is null ? string.Empty : "WHERE cluster = @cluster")} ORDER BY id LIMIT @limit
            """,
            p =>
            {
                if (clusterId is not null)
                {
                    Bind(p, "@cluster", clusterId.Value);
                }

                Bind(p, "@limit", limit);
            },
            cancellationToken))
        {
            records.Add(new EventRecord(
                r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.GetString(2), r.GetString(3), NullableString(r, 4),
                NullableString(r, 5), NullableString(r, 6), NullableString(r, 7), NullableString(r, 8), r.GetDouble(9), r.GetInt32(10),
                NullableString(r, 11), NullableString(r, 12), NullableString(r, 13),
                r.IsDBNull(14) ? null : r.GetDouble(14), r.IsDBNull(15) ? null : r.GetDouble(15), []));
        }

        for (var i = 0; i < records.Count; i++)
        {
            var sources = new List<EventSource>();
            await foreach (var r in QueryRowsAsync(
                "SELECT document_id, ordinal, site FROM event_record_sources WHERE event_record_id = @id ORDER BY document_id, ordinal",
                p => Bind(p, "@id", records[i].Id),
                cancellationToken))
            {
                sources.Add(new EventSource(r.GetInt64(0), r.GetInt32(1), NullableString(r, 2)));
            }

            records[i] = records[i] with { Sources = sources };
        }

        return records;
    }

    public async Task<IReadOnlyList<CountRecord>> CountRecordsAsync(long? clusterId = null, int limit = 1000, CancellationToken cancellationToken = default)
    {
        var records = new List<CountRecord>();
        await foreach (var r in QueryRowsAsync(
            $"SELECT id, cluster, type, object, number, conflicting FROM count_records {(clusterId is null ? string.Empty : "WHERE cluster = @cluster")} ORDER BY id LIMIT @limit",
            p =>
            {
                if (clusterId is not null)
                {
                    Bind(p, "@cluster", clusterId.Value);
                }

                Bind(p, "@limit", limit);
            },
            cancellationToken))
        {
            records.Add(new CountRecord(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetInt64(1), r.GetString(2), NullableString(r, 3), r.GetInt64(4), r.GetBoolean(5), []));
        }

        for (var i = 0; i < records.Count; i++)
        {
            var figures = new List<CountFigure>();
            await foreach (var r in QueryRowsAsync(
                "SELECT document_id, ordinal, number, approximate, attribution, site, credible FROM count_figures WHERE count_record_id = @id ORDER BY number, document_id",
                p => Bind(p, "@id", records[i].Id),
                cancellationToken))
            {
                figures.Add(new CountFigure(r.GetInt64(0), r.GetInt32(1), r.GetInt64(2), r.GetBoolean(3), NullableString(r, 4), NullableString(r, 5), r.GetBoolean(6)));
            }

            records[i] = records[i] with { Figures = figures };
        }

        return records;
    }

    private async Task<IReadOnlyList<EntitySummary>> EntitiesAsync(string? where, Action<DbCommand> bind, int limit, CancellationToken cancellationToken)
    {
        var entities = new List<EntitySummary>();
        await foreach (var r in QueryRowsAsync(
            $"""
            SELECT e.id, e.name, e.type, e.actor, e.country, e.wikidata, COUNT(DISTINCT {StoryKey}) AS docs, CAST(SUM(de.mentions) AS BIGINT) AS mentions
            FROM document_entities de JOIN entities e ON e.id = de.entity_id JOIN documents d ON d.id = de.document_id
            {(where is null ? string.Empty : "WHERE " + where)}
            GROUP BY e.id ORDER BY docs DESC, mentions DESC, e.name LIMIT @limit
            """,
            p =>
            {
                bind(p);
                Bind(p, "@limit", limit);
            },
            cancellationToken))
        {
            entities.Add(new EntitySummary(
                r.GetInt64(0), r.GetString(1), r.GetString(2), NullableString(r, 3), NullableString(r, 4), NullableString(r, 5), r.GetInt64(6), r.GetInt64(7)));
        }

        return entities;
    }

    private async Task<List<ClusterMember>> MembersAsync(string where, long id, CancellationToken cancellationToken)
    {
        var members = new List<ClusterMember>();
        await foreach (var r in QueryRowsAsync(
            $"SELECT d.id, d.title, d.site, d.url, d.published, d.duplicate_group, d.syndicated, d.duplicate_relation FROM documents d WHERE {where} ORDER BY d.published_day IS NULL, d.published_day, d.id",
            p => Bind(p, "@id", id),
            cancellationToken))
        {
            members.Add(new ClusterMember(
                r.GetInt64(0), NullableString(r, 1), NullableString(r, 2), NullableString(r, 3), NullableString(r, 4),
                r.IsDBNull(5) ? null : r.GetInt64(5), r.GetBoolean(6), NullableString(r, 7)));
        }

        return members;
    }
}
