using ActorGraph.Ingest;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Ingest;

public sealed class ActorsCsvReaderTests
{
    private static List<Actor> Read(string csv) =>
        ActorsCsvReader.Read(CsvText.Utf8(csv), "actors.csv").Select(e => (Actor)e.Element).ToList();

    [Fact]
    public void Reads_columns_handles_and_keeps_extra_columns_as_attributes()
    {
        var a = Assert.Single(Read("id,name,kind,party,country,handles,role,born\nsaskia-esken,Saskia Esken,Person,SPD,DE,x:EskenSaskia|mastodon:@esken@spd.social,co-leader,1961\n"));

        Assert.Equal(("saskia-esken", "Saskia Esken", "person", "SPD", "DE"), (a.Id, a.Name, a.Kind, a.Party, a.Country));
        Assert.Equal("EskenSaskia", a.Handles["x"]);
        Assert.Equal("@esken@spd.social", a.Handles["mastodon"]);
        Assert.Equal(new Dictionary<string, string> { ["role"] = "co-leader", ["born"] = "1961" }, a.Attributes);
    }

    [Fact]
    public void Gephi_node_table_loads_with_id_and_label()
    {
        var actors = Read("Id,Label,Modularity Class\nn1,Ashton Kutcher,3\nn2,,1\n");
        Assert.Equal([("n1", "Ashton Kutcher"), ("n2", "n2")], actors.Select(a => (a.Id, a.Name)));
        Assert.Equal("3", actors[0].Attributes["Modularity Class"]);
    }

    [Fact]
    public void Missing_id_column_is_rejected()
    {
        var error = Assert.Throws<IngestException>(() => Read("name,kind\nSPD,party\n"));
        Assert.Equal((1, "id"), (error.Line, error.Field));
    }

    [Fact]
    public void Handle_without_platform_is_rejected()
    {
        var error = Assert.Throws<IngestException>(() => Read("id,handles\na,EskenSaskia\n"));
        Assert.Equal((2, "handles"), (error.Line, error.Field));
    }
}
