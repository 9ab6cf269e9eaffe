using System.Text;

namespace ActorGraph.Tests;

/// <summary>A small campaign with known answers: in January five fans tag Anna, in March the same fans and Anna tag Ben; three
/// accounts (c1, c2, c3) retweet four posts of @campaign within 20 seconds of one another, while four others retweet the
/// same posts hours apart.</summary>
public static class TimelineData
{
    public static readonly string[] Group = ["c1", "c2", "c3"];

    public static string EdgesCsv()
    {
        var csv = new StringBuilder("source,target,relation,at,source_id,document,url\n");
        for (var f = 1; f <= 5; f++)
        {
            csv.Append($"fan{f},anna,TAGGED,2024-01-{10 + f}T09:00:00Z,jan-{f},,\n");
            csv.Append($"fan{f},ben,TAGGED,2024-03-{10 + f}T09:00:00Z,mar-{f},,\n");
        }
        csv.Append("anna,ben,TAGGED,2024-03-20T09:00:00Z,mar-anna,,\n");
        for (var p = 1; p <= 4; p++)
        {
            for (var i = 0; i < Group.Length; i++)
                csv.Append($"{Group[i]},campaign,RETWEETED,2024-02-0{p}T12:00:{10 * i:00}Z,rt-{Group[i]}-{p},x:tweet:{p},https://x.com/{Group[i]}/status/{p}\n");
            for (var o = 1; o <= 4; o++)
                csv.Append($"other{o},campaign,RETWEETED,2024-02-0{p}T{12 + o}:00:00Z,rt-other{o}-{p},x:tweet:{p},\n");
        }
        return csv.ToString();
    }
}
