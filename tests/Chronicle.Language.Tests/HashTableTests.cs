using Chronicle.Language.Tagging;

namespace Chronicle.Language.Tests;

public sealed class HashTableTests
{
    [Fact]
    public void Every_stored_key_gives_its_value_and_every_other_key_gives_zero()
    {
        var random = new Random(7);
        var entries = new Dictionary<ulong, ulong>();
        while (entries.Count < 5000)
        {
            entries[(ulong)random.NextInt64() | 1] = (ulong)random.NextInt64(1, long.MaxValue);
        }

        // Keys that share their top bits land in the same slot and must probe past each other.
        for (ulong k = 1; k <= 64; k++)
        {
            entries[k << 40] = k;
        }

        entries[0] = 42;
        var table = new HashTable(entries);
        Assert.Equal(entries.Count, table.Count);
        foreach (var (key, value) in entries)
        {
            Assert.Equal(value, table.Get(key));
        }

        for (var i = 0; i < 5000; i++)
        {
            var absent = (ulong)random.NextInt64() & ~1UL;
            if (!entries.ContainsKey(absent))
            {
                Assert.Equal(0UL, table.Get(absent));
            }
        }
    }

    [Fact]
    public void An_empty_table_finds_nothing()
    {
        var table = new HashTable(new Dictionary<ulong, ulong>());
        Assert.Equal(0, table.Count);
        Assert.Equal(0UL, table.Get(0));
        Assert.Equal(0UL, table.Get(12345));
    }
}
