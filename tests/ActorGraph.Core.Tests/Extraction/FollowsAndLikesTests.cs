using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// Following and liking as reporting phrases them, by class: reports on whom an account follows that name the platform
/// once, follow lists with descriptions between the names; each class beside phrasings of it that state no follow or like.
/// </summary>
public sealed class FollowsAndLikesTests
{
    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        new KnownActor("anna-berger", "Anna Berger", "person", "f", ["@annaberger"]),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", ["@mhahn"]),
        new KnownActor("jonas-vogt", "Jonas Vogt", "person", "m", []),
        new KnownActor("lea-krueger", "Lea Krüger", "person", "f", []),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", ["@SenCollinsFict", "the senator"]),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", ["@tombaker"]),
        new KnownActor("ruth-ellis", "Ruth Ellis", "person", "f", []),
        new KnownActor("peter-quinn", "Peter Quinn", "person", "m", []),
        new KnownActor("rail-council", "Rail Council", "organisation", null, []),
        new KnownActor("green-party", "Green Party", "party", null, ["Green"]),
        new KnownActor("labour-party", "Labour Party", "party", null, ["Labour"]),
    ]));

    private static List<string> Relations(string text, string language, RelationType type) =>
        Extractor.Extract(text, language).Where(r => r.Relation == type).Select(r => $"{r.Source} {r.Target}").ToList();

    [Theory]
    // A report on someone's account names the platform once; the follows it then lists need not name it again.
    [InlineData("en", "Tom Baker joined Twitter in 2019 and follows 40 accounts. He has tweeted 300 times. Most of his posts are about rail. He also follows Mary Collins.", "tom-baker mary-collins")]
    [InlineData("en", "Mary Collins unfollowed Tom Baker on Instagram last week. The move surprised her staff. She still follows Ruth Ellis.", "mary-collins ruth-ellis")]
    [InlineData("de", "Markus Hahn ist seit März auf Instagram und folgt dort 30 Konten. Er postet vor allem Fotos. Seine Reden stellt er ebenfalls online. Außerdem folgt er Anna Berger.", "markus-hahn anna-berger")]
    [InlineData("de", "Anna Berger hat auf X inzwischen 5000 Follower. Sie postet täglich. Selbst folgt sie Jonas Vogt.", "anna-berger jonas-vogt")]
    public void A_report_on_following_names_the_platform_once(string language, string text, string expected) =>
        Assert.Contains(expected, Relations(text, language, RelationType.Follows));

    [Theory]
    // A platform named for something else, or long before, makes no sequence a follow.
    [InlineData("en", "Tom Baker posted a video on Twitter. In the chamber he spoke first. Then followed Mary Collins, then Ruth Ellis.")]
    [InlineData("de", "Anna Berger hat auf X 5000 Follower. Sie postet täglich. Im Landtag sprach sie am Montag. Die Debatte dauerte lange. Der Ausschuss tagte danach. Am Abend gab es Streit. Der Saal war voll. Dann folgte Markus Hahn auf Jonas Vogt.")]
    public void A_platform_named_for_something_else_or_long_before_makes_no_follow(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));

    [Theory]
    // Names with a description between them: "A of X, B of Y and C", "a rival, A, and two critics, B and C", "only three others: A, B and C".
    [InlineData("en", "On Twitter, Tom Baker follows Mary Collins of Ohio, Ruth Ellis of Leeds and Peter Quinn of Cork.")]
    [InlineData("en", "On Twitter, Tom Baker is only following three others: Mary Collins, Ruth Ellis and Peter Quinn.")]
    [InlineData("en", "Tom Baker follows a rival on Twitter, Mary Collins, and two critics of his party, Ruth Ellis and Peter Quinn.")]
    [InlineData("en", "On Twitter, Tom Baker follows 19 people that include three senators, namely Mary Collins of Ohio, Ruth Ellis of Utah and Peter Quinn of Maine.")]
    [InlineData("en", "Tom Baker's Instagram account is only following three others: Mary Collins, Ruth Ellis and two accounts operated by Peter Quinn.")]
    [InlineData("de", "Auf X folgt Markus Hahn nur drei Konten: Mary Collins, Ruth Ellis und Peter Quinn.")]
    [InlineData("de", "Markus Hahn folgt auf Instagram einer Rivalin, Mary Collins, sowie zwei Kritikern seiner Partei, Ruth Ellis und Peter Quinn.")]
    // A relative clause said of one member; the platform right before the first name.
    [InlineData("en", "On Instagram, Tom Baker follows Mary Collins, who chairs the rail committee, Ruth Ellis and Peter Quinn.")]
    [InlineData("de", "Markus Hahn folgt auf Instagram Mary Collins, die den Verkehrsausschuss leitet, Ruth Ellis und Peter Quinn.")]
    [InlineData("de", "Seit Montag folgt Markus Hahn auf X Mary Collins, Ruth Ellis und Peter Quinn.")]
    public void A_follow_list_names_each_member_past_their_descriptions(string language, string text)
    {
        var follows = Relations(text, language, RelationType.Follows);
        var source = language == "de" ? "markus-hahn" : "tom-baker";
        Assert.Contains($"{source} mary-collins", follows);
        Assert.Contains($"{source} ruth-ellis", follows);
        Assert.Contains($"{source} peter-quinn", follows);
    }

    [Theory]
    // An account acts for its owner; the accounts of a list of owners are each followed.
    [InlineData("en", "Tom Baker joined Instagram on Monday. He has 900 followers, but his account follows only two others: Mary Collins and Ruth Ellis.", "tom-baker ruth-ellis")]
    [InlineData("de", "Markus Hahn ist neu auf Instagram. Sein Account folgt bisher nur Anna Berger und Jonas Vogt.", "markus-hahn jonas-vogt")]
    [InlineData("en", "On Twitter, Tom Baker is following the accounts of the Rail Council, Mary Collins and Ruth Ellis.", "tom-baker ruth-ellis")]
    [InlineData("en", "On Twitter, Tom Baker is following the accounts of the Rail Council, Mary Collins and Ruth Ellis.", "tom-baker rail-council")]
    [InlineData("de", "Markus Hahn folgt auf X den Accounts von Anna Berger, Jonas Vogt und dem Rail Council.", "markus-hahn rail-council")]
    public void An_account_is_followed_or_follows_for_its_owner(string language, string text, string expected) =>
        Assert.Contains(expected, Relations(text, language, RelationType.Follows));

    [Theory]
    // A like named as a thing: its owner, who it came from, or the account it is on liked; a post's author named after it, else who posted just before.
    [InlineData("en", "Mary Collins posted a photo on Twitter. Tom Baker's like of the tweet was spotted on Monday.", "tom-baker mary-collins")]
    [InlineData("en", "Tom Baker is on Twitter. The most recent like on his account is of a tweet by Mary Collins.", "tom-baker mary-collins")]
    [InlineData("en", "Users spotted a bizarre “like” from Tom Baker on a tweet by Mary Collins.", "tom-baker mary-collins")]
    // A negation in a relative clause on the liked post says something about the post, not the like.
    [InlineData("en", "Tom Baker is on Twitter. The most recent like on his account is of a tweet by Mary Collins, in which she argues that the plan bears no resemblance to reality.", "tom-baker mary-collins")]
    [InlineData("de", "Markus Hahn ist auf Instagram. Sein jüngstes „Like“ gilt einem Post von Anna Berger, in dem sie schreibt, dass der Plan nicht funktioniert.", "markus-hahn anna-berger")]
    [InlineData("de", "Anna Berger postete auf Instagram ein Foto. Eines der „Likes“ kommt ausgerechnet vom Chef der Partei: Markus Hahn.", "markus-hahn anna-berger")]
    [InlineData("de", "Markus Hahns „Like“ unter dem Post von Anna Berger verschwand wenig später.", "markus-hahn anna-berger")]
    public void A_like_named_as_a_thing_names_its_liker(string language, string text, string expected) =>
        Assert.Contains(expected, Relations(text, language, RelationType.Liked));

    [Theory]
    // Many likes of no one in particular, a like not given, what a liked post is about, "gefällt mir" said aloud.
    [InlineData("en", "Mary Collins posted a photo on Twitter. Tom Baker's rare Twitter likes are a peculiar collection.")]
    [InlineData("en", "Mary Collins posted a photo on Twitter. Tom Baker did not get a single like from Ruth Ellis.")]
    [InlineData("en", "Tom Baker gave his first love heart to a tweet complimenting Mary Collins's work.")]
    [InlineData("de", "„Das gefällt mir nicht“, sagte Markus Hahn im Landtag über den Plan von Anna Berger.")]
    [InlineData("de", "Anna Berger postete ein Video. Der Plan gefällt mir, sagte Markus Hahn am Montag im Landtag.")]
    public void No_like_is_stated(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Liked));

    [Theory]
    // An aside between two dashes neither negates the act nor closes its clause.
    [InlineData("en", "But – and I still don’t know why – a user pointed out that Tom Baker had liked Instagram posts by Mary Collins.", "tom-baker mary-collins")]
    [InlineData("de", "Anna Berger hat – wer hätte das gedacht – einen Post von Markus Hahn auf Instagram gelikt.", "anna-berger markus-hahn")]
    [InlineData("de", "Anna Berger hat – so berichtet Jonas Vogt – einen Post von Markus Hahn auf Instagram gelikt.", "anna-berger markus-hahn")]
    public void An_aside_between_dashes_leaves_the_like_stated(string language, string text, string expected) =>
        Assert.Contains(expected, Relations(text, language, RelationType.Liked));

    [Theory]
    // A negation outside the aside still negates; an auxiliary before a participle links no one to someone's followers.
    [InlineData("en", "Tom Baker did not – as far as we know – like the Instagram post by Mary Collins.", RelationType.Liked, "tom-baker mary-collins")]
    [InlineData("en", "Tom Baker has shaken Westminster as Mary Collins slammed the plan to her 2m followers on X.", RelationType.Follows, "tom-baker mary-collins")]
    [InlineData("de", "Anna Berger hat – so berichtet Jonas Vogt – einen Post von Markus Hahn auf Instagram gelikt.", RelationType.Liked, "jonas-vogt markus-hahn")]
    public void Neither_the_aside_nor_an_auxiliary_states_the_act(string language, string text, RelationType type, string wrong) =>
        Assert.DoesNotContain(wrong, Relations(text, language, type));

    [Theory]
    // Past the list: who reports it, what a subordinate clause says, counted members of groups.
    [InlineData("en", "On Twitter, Tom Baker follows many rail accounts, Mary Collins said.", "mary-collins")]
    [InlineData("en", "On Twitter, Tom Baker follows the rail debate, where Mary Collins and Ruth Ellis post daily.", "mary-collins")]
    [InlineData("en", "On Twitter, Tom Baker follows 58 of the 123 Labour and Green MPs, with 93 of them following him.", "labour-party")]
    [InlineData("en", "On Twitter, Tom Baker follows a blog about Peter Quinn, a podcast about Mary Collins and Ruth Ellis's campaign.", "mary-collins")]
    // A question states no follow.
    [InlineData("de", "Markus Hahn hat auf X 900 Follower. Welchen Politikern folgt Markus Hahn? Darunter ist der Rail Council.", "rail-council")]
    public void A_follow_list_ends_where_the_list_does(string language, string text, string notFollowed) =>
        Assert.DoesNotContain(Relations(text, language, RelationType.Follows), r => r.EndsWith($" {notFollowed}", StringComparison.Ordinal));

    [Theory]
    // German marks the subject by form and number, not by place: a nominative pronoun after the verb, a plural verb after
    // one person, a name right after the auxiliary when an object ("die Seite von X", "der Partei") is fronted.
    [InlineData("Anna Berger folgten auf Instagram über 3000 Personen, darunter auch Markus Hahn.", RelationType.Follows, "markus-hahn anna-berger")]
    [InlineData("Markus Hahn ist auf Abwegen: „Rail Council“ auf Facebook folgt er.", RelationType.Follows, "markus-hahn rail-council")]
    [InlineData("Markus Hahn ist neu auf X. Anna Berger folgt er seit Jahren.", RelationType.Follows, "markus-hahn anna-berger")]
    [InlineData("Markus Hahn ist auf Facebook aktiv. Der Green Party gab er ein Like.", RelationType.Liked, "markus-hahn green-party")]
    [InlineData("Auch die Seite von Jonas Vogt hat Markus Hahn auf Facebook abonniert.", RelationType.Follows, "markus-hahn jonas-vogt")]
    [InlineData("Den Account von Jonas Vogt hat Markus Hahn auf X abonniert.", RelationType.Follows, "markus-hahn jonas-vogt")]
    public void German_word_order_leaves_the_subject_to_its_form(string text, RelationType type, string expected) =>
        Assert.Equal([expected], Relations(text, "de", type));

    [Theory]
    // A plural verb whose subject is no known actor, and a comparison, name no follower.
    [InlineData("Anna Berger folgen auf X genau so viele Menschen wie Markus Hahn.")]
    [InlineData("Plötzlich folgten eigentliche Gegner auf X nicht nur dem Parteichef Markus Hahn, sondern auch Anna Berger.")]
    public void A_subject_that_is_no_actor_follows_no_one(string text) =>
        Assert.Empty(Relations(text, "de", RelationType.Follows));

    [Theory]
    // "nicht nur", "not only" add to a list; they negate nothing.
    [InlineData("de", "Nicht nur Anna Berger folgt Markus Hahn auf X, sondern auch Jonas Vogt.", "anna-berger markus-hahn", "anna-berger jonas-vogt")]
    [InlineData("de", "Markus Hahn ist auf X aktiv. Nicht nur Anna Berger folgt er, sondern auch Jonas Vogt.", "markus-hahn anna-berger", "markus-hahn jonas-vogt")]
    [InlineData("de", "Markus Hahn folgt auf X nicht nur Anna Berger, sondern auch Jonas Vogt.", "markus-hahn anna-berger", "markus-hahn jonas-vogt")]
    [InlineData("en", "Tom Baker not only follows Mary Collins on Twitter but also Ruth Ellis.", "tom-baker mary-collins", "tom-baker ruth-ellis")]
    [InlineData("en", "Not only does Tom Baker follow Mary Collins on Twitter, he also follows Ruth Ellis.", "tom-baker mary-collins", "tom-baker ruth-ellis")]
    public void Not_only_adds_to_the_follows(string language, string text, string first, string second)
    {
        var follows = Relations(text, language, RelationType.Follows);
        Assert.Contains(first, follows);
        Assert.Contains(second, follows);
    }

    [Theory]
    [InlineData("de", "Markus Hahn folgt Anna Berger auf X nicht.")]
    [InlineData("en", "Tom Baker does not follow Mary Collins on Twitter.")]
    public void A_plain_negation_still_negates(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));

    [Theory]
    // Subscribing to someone's profile or channel on a platform is following them.
    [InlineData("de", "Markus Hahn hat das Instagram-Profil von Anna Berger abonniert.", "markus-hahn anna-berger")]
    [InlineData("de", "Markus Hahn abonnierte auf YouTube den Kanal von Anna Berger.", "markus-hahn anna-berger")]
    [InlineData("de", "Anna Berger hat Markus Hahn auf Instagram abonniert.", "anna-berger markus-hahn")]
    [InlineData("en", "Tom Baker subscribed to Mary Collins's YouTube channel.", "tom-baker mary-collins")]
    [InlineData("en", "Tom Baker has subscribed to Mary Collins on YouTube.", "tom-baker mary-collins")]
    public void Subscribing_to_an_account_is_following(string language, string text, string expected) =>
        Assert.Equal([expected], Relations(text, language, RelationType.Follows));

    [Theory]
    // Off the platforms a subscription is no follow.
    [InlineData("de", "Anna Berger hat den Newsletter der Green Party abonniert.")]
    [InlineData("en", "Tom Baker subscribed to the ideas of Mary Collins.")]
    public void A_subscription_off_the_platforms_is_no_follow(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));

    [Theory]
    // A conjunction before an auxiliary opens the next clause: its passive agent did not like or follow.
    [InlineData("de", "Markus Hahn hat Probleme. Er hat die Seite der Green Party auf Facebook gelikt und wurde deshalb von der Labour Party kritisiert.", RelationType.Liked, "markus-hahn green-party")]
    [InlineData("en", "Tom Baker liked a tweet by Mary Collins on Facebook and was criticised by Labour.", RelationType.Liked, "tom-baker mary-collins")]
    [InlineData("de", "Jonas Vogt folgt Anna Berger auf X und wird von der Green Party dafür kritisiert.", RelationType.Follows, "jonas-vogt anna-berger")]
    public void The_next_clause_s_agent_did_not_act(string language, string text, RelationType type, string expected) =>
        Assert.Equal([expected], Relations(text, language, type));

    [Theory]
    // "a tweet glorifying …", "einen Tweet": a post the text brings in as new is not the one someone posted before.
    [InlineData("en", "Mary Collins posted a photo from the rally. Later Tom Baker liked a tweet glorifying the riot.")]
    [InlineData("de", "Anna Berger postete ein Foto. Markus Hahn likte danach einen Tweet, der den Krawall feierte.")]
    public void A_new_post_is_not_the_one_posted_before(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Liked));

    [Theory]
    // The post the text spoke of is still the one posted before.
    [InlineData("en", "Mary Collins posted a photo of the rally. Tom Baker liked the post.", "tom-baker mary-collins")]
    [InlineData("de", "Anna Berger postete ein Foto der Kundgebung. Markus Hahn likte den Beitrag.", "markus-hahn anna-berger")]
    public void The_post_spoken_of_is_the_one_posted_before(string language, string text, string expected) =>
        Assert.Equal([expected], Relations(text, language, RelationType.Liked));

    [Theory]
    // In a relative clause in the passive the relative pronoun is the one acted on.
    [InlineData("en", "The clip was shared by Mary Collins, who is followed by Tom Baker on Twitter.", "tom-baker mary-collins")]
    [InlineData("en", "On Twitter, Mary Collins, who is followed by Tom Baker, posted a clip.", "tom-baker mary-collins")]
    [InlineData("de", "Das Video teilte Anna Berger, die auf Instagram von Markus Hahn gefolgt wird.", "markus-hahn anna-berger")]
    public void A_passive_relative_clause_acts_on_its_antecedent(string language, string text, string expected) =>
        Assert.Equal([expected], Relations(text, language, RelationType.Follows));

    [Theory]
    // Actors joined by a conjunction (an apposition between) acted together; neither liked the other.
    [InlineData("de", "Auf \"Gefällt mir\" drückten auf Facebook Markus Hahn, Stadtrat in Kassel, und Jonas Vogt aus Bonn.")]
    [InlineData("de", "Den Post likten auf Facebook Markus Hahn, Stadtrat in Kassel, und Jonas Vogt aus Bonn.")]
    [InlineData("en", "The post was liked on Facebook by Tom Baker, a councillor in Leeds, and Peter Quinn.")]
    // "the like from the Labour post": whose post, not who liked.
    [InlineData("en", "Mary Collins posted a photo on Facebook. The council has since removed the \"like\" from the Labour post.")]
    public void Those_who_liked_together_liked_no_one_of_them(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Liked));

    [Theory]
    // The author of a post: past a party and a role noun ("Labour councillor X"), a part of a set ("one of her tweets",
    // "einen ihrer Posts"), every author of posts in the plural.
    [InlineData("en", "The Rail Council said it had liked a post from Labour councillor Tom Baker by mistake.", "rail-council tom-baker")]
    [InlineData("en", "Tom Baker liked a tweet from Green Party leader Mary Collins.", "tom-baker mary-collins")]
    [InlineData("en", "Mary Collins was furious after Tom Baker liked one of her tweets.", "tom-baker mary-collins")]
    [InlineData("de", "Anna Berger ist auf Facebook aktiv. Markus Hahn likte einen ihrer Posts.", "markus-hahn anna-berger")]
    [InlineData("de", "Anna Berger ist auf Facebook aktiv. Markus Hahn likte zwei ihrer Fotos.", "markus-hahn anna-berger")]
    public void The_liked_post_s_author_is_the_target(string language, string text, string expected) =>
        Assert.Equal([expected], Relations(text, language, RelationType.Liked));

    [Theory]
    [InlineData("en", "Tom Baker liked anti-rail posts by Mary Collins, Ruth Ellis and Peter Quinn on Twitter.", "tom-baker", "mary-collins", "ruth-ellis", "peter-quinn")]
    [InlineData("de", "Markus Hahn likte auf Facebook Posts von Anna Berger, Lea Krüger und Jonas Vogt.", "markus-hahn", "anna-berger", "lea-krueger", "jonas-vogt")]
    public void Posts_by_a_list_name_each_author(string language, string text, string liker, params string[] authors) =>
        Assert.Equal(authors.Select(a => $"{liker} {a}"), Relations(text, language, RelationType.Liked));

    [Theory]
    // An object pronoun before a plural verb: its followers are the subject after it.
    [InlineData("Markus Hahn ist seit 2015 auf Twitter. Ihm folgen dort 40.000 Menschen, darunter Anna Berger.", "anna-berger markus-hahn")]
    [InlineData("Anna Berger ist auf X. Ihr folgen dort viele, darunter Markus Hahn.", "markus-hahn anna-berger")]
    public void Those_who_follow_a_fronted_pronoun_are_the_subject(string text, string expected) =>
        Assert.Equal([expected], Relations(text, "de", RelationType.Follows));

    [Theory]
    // An unfollow that did not happen: still following. One that happened states no follow.
    [InlineData("en", "Tom Baker has not unfollowed Mary Collins on Twitter.", "tom-baker mary-collins")]
    [InlineData("en", "Tom Baker hasn't unfollowed Mary Collins on Twitter despite the row.", "tom-baker mary-collins")]
    [InlineData("en", "On Twitter, Tom Baker has neither unfollowed nor blocked anyone, including Mary Collins.", "tom-baker mary-collins")]
    [InlineData("de", "Markus Hahn hat Anna Berger auf X nicht entfolgt.", "markus-hahn anna-berger")]
    [InlineData("de", "Markus Hahn entfolgte Anna Berger auf X nicht, obwohl sie ihn beleidigt hatte.", "markus-hahn anna-berger")]
    public void An_unfollow_negated_is_a_follow(string language, string text, string expected) =>
        Assert.Equal([expected], Relations(text, language, RelationType.Follows));

    [Theory]
    [InlineData("en", "Tom Baker unfollowed Mary Collins on Twitter.")]
    [InlineData("de", "Markus Hahn hat Anna Berger auf X entfolgt.")]
    public void An_unfollow_is_no_follow(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));

    [Theory]
    // A relative clause after a member of a follow list says more about that member.
    [InlineData("en", "Tom Baker follows 30 people on Twitter, including Mary Collins who attacked Ruth Ellis.", "tom-baker mary-collins")]
    [InlineData("de", "Markus Hahn folgt auf X 30 Konten, darunter Anna Berger, welche Jonas Vogt kritisierte.", "markus-hahn anna-berger")]
    public void A_relative_clause_ends_the_follow_list(string language, string text, string expected) =>
        Assert.Equal([expected], Relations(text, language, RelationType.Follows));

    [Theory]
    // The owner of a follow list follows the members it names.
    [InlineData("en", "Tom Baker's Twitter follow list includes Mary Collins.", "tom-baker", "mary-collins")]
    [InlineData("en", "At the time of writing, Tom Baker has 65 Twitter users on his follow list, including Mary Collins and Ruth Ellis.", "tom-baker", "mary-collins", "ruth-ellis")]
    [InlineData("en", "Tom Baker joined Twitter in May. His follows include music (Ruth Ellis, Peter Quinn) and some rivals, like Mary Collins.", "tom-baker", "ruth-ellis", "peter-quinn", "mary-collins")]
    [InlineData("de", "Markus Hahn ist auf Instagram. Auf seiner Follow-Liste stehen unter anderem Anna Berger und Jonas Vogt.", "markus-hahn", "anna-berger", "jonas-vogt")]
    public void A_follow_list_s_owner_follows_its_members(string language, string text, string owner, params string[] members) =>
        Assert.Equal(members.Select(m => $"{owner} {m}"), Relations(text, language, RelationType.Follows));

    [Theory]
    [InlineData("en", "Tom Baker's follow list does not include Mary Collins.")]
    [InlineData("en", "Does Tom Baker's follow list include Mary Collins?")]
    public void A_follow_list_negated_or_asked_names_no_member(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));

    [Theory]
    // Likes something came from name no liker; a participle after a post acts on that post, not on who posted the copy;
    // a relative clause closed by a comma leaves the main clause's passive alone.
    [InlineData("de", "Die Auswertung ergab, dass die Green Party 17 Mal und die Labour Party 12 Mal von manipulierten \"Gefällt mir\"-Angaben profitierte.")]
    [InlineData("en", "Mary Collins posted a screen grab of a tweet liked by Tom Baker.")]
    [InlineData("en", "Mary Collins, who is a Labour MP, posted a screen grab of a tweet liked by Tom Baker.")]
    public void No_like_of_the_one_named_before(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Liked));

    [Theory]
    // English "like(s)" in the present with a person or an infinitive after it is a preference, not a like.
    [InlineData("On Twitter, Tom Baker allegedly likes Mary Collins a lot.")]
    [InlineData("Tom Baker likes to post on Twitter about Mary Collins.")]
    public void A_preference_is_no_like(string text) =>
        Assert.Empty(Relations(text, "en", RelationType.Liked));

    [Theory]
    [InlineData("Tom Baker likes Mary Collins's tweets about rail.")]
    [InlineData("Tom Baker often likes tweets by Mary Collins.")]
    public void Liking_someone_s_posts_in_the_present_is_a_like(string text) =>
        Assert.Equal(["tom-baker mary-collins"], Relations(text, "en", RelationType.Liked));

    [Theory]
    // A verb after "and"/"und" shares the subject before it: the name between the two verbs is the first verb's object.
    [InlineData("en", "Tom Baker unfollowed Mary Collins on Twitter and started following Peter Quinn and Ruth Ellis instead.", "tom-baker peter-quinn|tom-baker ruth-ellis")]
    [InlineData("en", "After the row, Tom Baker unfollowed Mary Collins on Twitter but still follows Peter Quinn.", "tom-baker peter-quinn")]
    [InlineData("en", "Tom Baker tagged Mary Collins on Twitter and started following Ruth Ellis.", "tom-baker ruth-ellis")]
    [InlineData("de", "Markus Hahn entfolgte Anna Berger auf Instagram und folgt stattdessen Jonas Vogt und Lea Krüger.", "markus-hahn jonas-vogt|markus-hahn lea-krueger")]
    [InlineData("de", "Markus Hahn markierte Anna Berger auf X und folgt seitdem Jonas Vogt.", "markus-hahn jonas-vogt")]
    public void A_verb_after_a_conjunction_shares_the_subject_not_the_object_before_it(string language, string text, string expected) =>
        Assert.Equal(expected.Split('|'), Relations(text, language, RelationType.Follows));

    [Theory]
    // A friend on Facebook follows the other's posts: "Facebook-Freund von", "a Facebook friend of", becoming a friend in scare quotes;
    // whose Facebook friend someone is, the owner before the noun.
    [InlineData("de", "Markus Hahn war bis heute Facebook-Freund von Jonas Vogt.", "markus-hahn jonas-vogt")]
    [InlineData("de", "Bis Montag noch Anna Bergers Facebook-Freund: Markus Hahn.", "markus-hahn anna-berger")]
    [InlineData("en", "Tom Baker became a ‘friend’ of Mary Collins on May 11th.", "tom-baker mary-collins")]
    [InlineData("en", "Tom Baker was a Facebook friend of Mary Collins until Monday.", "tom-baker mary-collins")]
    public void A_friend_on_Facebook_follows(string language, string text, string expected) =>
        Assert.Equal([expected], Relations(text, language, RelationType.Follows));

    [Theory]
    // Friends off the platforms follow no one.
    [InlineData("en", "Tom Baker has been friends with Mary Collins since school.")]
    [InlineData("en", "Tom Baker, a close friend of Mary Collins, posted the photo on Facebook.")]
    // A friend in scare quotes that no one became is irony, not a friendship request accepted.
    [InlineData("en", "Tom Baker, a ‘friend’ of Mary Collins, posted the photo on Facebook.")]
    [InlineData("de", "Markus Hahn ist ein alter Freund von Jonas Vogt und postet oft auf Facebook.")]
    public void A_friend_off_the_platforms_follows_no_one(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));

    [Theory]
    // "Here are the accounts X follows:" and then one line for each: the name or handle that opens a line, before a colon or a dash.
    [InlineData("en", "Here are the notable accounts that Tom Baker follows on Twitter:\n\n@SenCollinsFict: A senator who often attacks him. This shows his humour.\n\nRuth Ellis - a critic of the rail plan.\n\nPeter Quinn: Another rival.",
        "tom-baker", "mary-collins", "ruth-ellis", "peter-quinn")]
    [InlineData("de", "Das sind die Konten, denen Markus Hahn auf X folgt:\n\nAnna Berger: Die Rivalin aus dem Landtag.\n\nJonas Vogt – ein Kritiker der Partei.",
        "markus-hahn", "anna-berger", "jonas-vogt")]
    public void A_follow_list_goes_on_one_line_per_member(string language, string text, string owner, params string[] members) =>
        Assert.Equal(members.Select(m => $"{owner} {m}"), Relations(text, language, RelationType.Follows));

    [Theory]
    // Lines that open with a name are no list when the follow before them announced none: a speaker, a quote.
    [InlineData("en", "Tom Baker follows 40 accounts on Twitter.\n\nMary Collins: “I do not care whom he follows.”")]
    [InlineData("de", "Markus Hahn folgt auf X 40 Konten.\n\nAnna Berger: „Das ist mir egal.“")]
    public void Lines_opening_with_a_name_after_a_follow_that_announced_no_list_name_no_member(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));

    [Theory]
    // The members of a follow list may be named as the owners of accounts; a caption's credit line between is no sentence of the text.
    [InlineData("en", "Tom Baker is following only two accounts on Instagram.\n\nScreenshots of Tom Baker's Instagram account. Instagram/Screenshots via News Agency\n\nThese include the verified accounts of the Rail Council and Mary Collins.",
        "tom-baker", "rail-council", "mary-collins")]
    [InlineData("de", "Markus Hahn folgt auf Instagram nur zwei Konten.\n\nDarunter sind die Accounts von Anna Berger und dem Rail Council.",
        "markus-hahn", "anna-berger", "rail-council")]
    public void A_follow_list_names_its_members_by_their_accounts(string language, string text, string owner, params string[] members) =>
        Assert.Equal(members.Select(m => $"{owner} {m}"), Relations(text, language, RelationType.Follows));

    [Theory]
    // Three sentences of the text after the follow, the list is over.
    [InlineData("en", "Tom Baker is following only two accounts on Instagram.\n\nHe posts daily.\n\nHis photos are of trains.\n\nThe trains include those of the Rail Council.")]
    public void A_follow_list_ends_three_sentences_on(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));

    [Theory]
    // "such as" lists the examples of those followed, like "including"; "as Collins said" still reports.
    [InlineData("en", "On Twitter, Tom Baker follows rivals such as Mary Collins and Ruth Ellis.", "tom-baker mary-collins|tom-baker ruth-ellis")]
    [InlineData("en", "Tom Baker follows 1371 people on Twitter, including rivals such as Mary Collins and Ruth Ellis.", "tom-baker mary-collins|tom-baker ruth-ellis")]
    [InlineData("en", "Tom Baker follows 1371 people on Twitter, that include several rivals such as Mary Collins and Ruth Ellis.", "tom-baker mary-collins|tom-baker ruth-ellis")]
    [InlineData("en", "Tom Baker follows 1371 people on Twitter, which include rivals such as Mary Collins of Labour and Ruth Ellis.", "tom-baker mary-collins|tom-baker ruth-ellis")]
    [InlineData("en", "Tom Baker follows Peter Quinn on Twitter, as Mary Collins said.", "tom-baker peter-quinn")]
    // More than a number is a count; more or fewer than someone is a comparison with them.
    [InlineData("en", "Tom Baker follows more than 300 accounts on Twitter, including Mary Collins.", "tom-baker mary-collins")]
    [InlineData("de", "Markus Hahn folgt auf X mehr als 300 Konten, darunter Anna Berger.", "markus-hahn anna-berger")]
    // A dash after the count opens the list, as a colon does.
    [InlineData("en", "On Twitter, Tom Baker follows just 65 people — mostly rail accounts, the Rail Council, and his colleague, Mary Collins.", "tom-baker rail-council|tom-baker mary-collins")]
    [InlineData("en", "On Twitter, Tom Baker follows just 65 people – the Rail Council, Ruth Ellis and Mary Collins.", "tom-baker rail-council|tom-baker ruth-ellis|tom-baker mary-collins")]
    public void Examples_of_those_followed_are_followed(string language, string text, string expected) =>
        Assert.Equal(expected.Split('|'), Relations(text, language, RelationType.Follows));

    [Theory]
    [InlineData("en", "Tom Baker follows 300 accounts on Twitter, far fewer than rivals such as Mary Collins.")]
    [InlineData("de", "Markus Hahn folgt auf X 300 Konten, weniger als Rivalen wie Anna Berger.")]
    // A comment on the count after a dash names no one followed.
    [InlineData("en", "On Twitter, Tom Baker follows just 65 people – a number Mary Collins mocked.")]
    public void One_compared_with_or_commenting_is_not_followed(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));

    [Theory]
    // German "gefallen" names the liker in the dative and what pleased them in the nominative: on a platform, a page liked.
    [InlineData("Markus Hahn ist CSU-Kandidat. Ihm gefallen bei Facebook die Green Party und die Labour Party.", "markus-hahn green-party|markus-hahn labour-party")]
    [InlineData("Anna Berger ist Abgeordnete. Auf Instagram gefällt ihr die Seite der Green Party.", "anna-berger green-party")]
    public void What_pleases_someone_on_a_platform_is_liked(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Relations(text, "de", RelationType.Liked));

    [Theory]
    // Off the platforms (named in the sentence, where the page is), negated: an opinion, no like.
    [InlineData("Markus Hahn ist CSU-Kandidat. Ihm gefällt die Politik der Green Party.")]
    [InlineData("Markus Hahn ist Abgeordneter. Auf Facebook gefällt ihm die Politik der Green Party.")]
    [InlineData("Markus Hahn ist Abgeordneter. Auf Facebook gefällt ihm die Seite der Green Party nicht.")]
    [InlineData("Markus Hahn postet auf Facebook. Die Labour Party gefällt ihm, sagt Anna Berger.")]
    public void What_pleases_someone_off_the_platforms_or_not_is_no_like(string text) =>
        Assert.Empty(Relations(text, "de", RelationType.Liked));

    [Theory]
    // German verb-second order: "er" right after the finite auxiliary of the participle is the subject; what the clause
    // before the comma names ("meidet er") is no follower, and the one fronted is no follower either.
    [InlineData("Markus Hahn ist auf Instagram aktiv. Die oft von ihm kritisierten Seiten „Tages-Blick“ und Rail Council meidet er, von der Green Party hat er dagegen mehrere Accounts abonniert.", "rail-council markus-hahn")]
    [InlineData("Markus Hahn ist auf Instagram aktiv. Den von Anna Berger geführten Rail Council meidet er, Jonas Vogt hat er dagegen abonniert.", "rail-council jonas-vogt")]
    [InlineData("Markus Hahn ist auf Instagram aktiv. Den Rail Council meidet er, dem Account von Jonas Vogt ist er dagegen gefolgt.", "jonas-vogt markus-hahn")]
    public void The_pronoun_after_the_auxiliary_is_the_follower(string text, string wrong) =>
        Assert.DoesNotContain(wrong, Relations(text, "de", RelationType.Follows));

    [Theory]
    // The one account counted right after a follow, named after a comma; two named after the dash that follows a count.
    [InlineData("en", "On Twitter, Tom Baker follows only one account, Mary Collins.", "tom-baker mary-collins")]
    [InlineData("en", "On Twitter, Tom Baker follows just 40 people – Mary Collins and Ruth Ellis.", "tom-baker ruth-ellis")]
    [InlineData("en", "On Twitter, Tom Baker follows two accounts – Mary Collins and a staffer.", "tom-baker mary-collins")]
    public void The_ones_counted_are_named_after_a_comma_or_a_dash(string language, string text, string expected) =>
        Assert.Contains(expected, Relations(text, language, RelationType.Follows));

    [Theory]
    // Who says so after the comma, or a comment after the dash, is no one counted.
    [InlineData("en", "On Twitter, Tom Baker follows only one account, Mary Collins said.")]
    [InlineData("en", "On Twitter, Tom Baker follows just 40 people – a number Mary Collins mocked.")]
    public void A_reporter_or_a_comment_is_not_counted(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));

    [Theory]
    // Quotation marks around the cue's word alone set off the platform's word; they quote no one.
    [InlineData("en", "Tom Baker “liked” a tweet by Mary Collins.", RelationType.Liked, "tom-baker mary-collins")]
    [InlineData("de", "Markus Hahn „likte“ einen Tweet von Anna Berger.", RelationType.Liked, "markus-hahn anna-berger")]
    [InlineData("en", "On Twitter, Tom Baker “follows” Mary Collins.", RelationType.Follows, "tom-baker mary-collins")]
    [InlineData("en", "Mary Collins's post was “liked” by Tom Baker.", RelationType.Liked, "tom-baker mary-collins")]
    public void A_cue_in_quotation_marks_of_its_own_states_the_act(string language, string text, RelationType type, string expected) =>
        Assert.Contains(expected, Relations(text, language, type));

    [Theory]
    // A cue inside words quoted is what someone said.
    [InlineData("en", "Tom Baker said: “I liked the post by Mary Collins.”")]
    [InlineData("de", "Markus Hahn sagte: „Ich likte einen Tweet von Anna Berger.“")]
    // Quoted on its own after an adjective, the word is a noun: likes added, not given.
    [InlineData("en", "An Instagram account edited fake “likes” from Mary Collins onto its posts.")]
    public void A_cue_inside_a_quotation_states_no_act(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Liked));
    [Theory]
    // An English gerund of a like or repost with its object right after it acts, after a preposition or a possessive too:
    // the one criticised for it, or whose gerund it is, liked or reposted.
    [InlineData("Mary Collins was criticised for liking a post by Tom Baker.", RelationType.Liked, "mary-collins tom-baker")]
    [InlineData("Peter Quinn criticised Mary Collins for liking a tweet by Tom Baker.", RelationType.Liked, "mary-collins tom-baker")]
    [InlineData("Mary Collins apologised. Critics had found her liking a post by Tom Baker.", RelationType.Liked, "mary-collins tom-baker")]
    [InlineData("Mary Collins apologised for retweeting a post by Tom Baker.", RelationType.Retweeted, "mary-collins tom-baker")]
    [InlineData("Ruth Ellis faced a backlash for sharing Tom Baker's post.", RelationType.Retweeted, "ruth-ellis tom-baker")]
    public void A_gerund_with_its_object_after_a_preposition_acts(string text, RelationType type, string expected) =>
        Assert.Contains(expected, Relations(text, "en", type));

    [Theory]
    // Alleged, shared in the sense of telling, or a gerund with no object of its own: no like or repost is stated.
    [InlineData("Peter Quinn accused Mary Collins of liking a post by Tom Baker.")]
    [InlineData("Tom Baker has been accused of liking a tweet by Mary Collins.")]
    [InlineData("Mary Collins thanked Ruth Ellis for sharing her concerns with Tom Baker.")]
    [InlineData("Mary Collins was known for liking cats, Tom Baker said.")]
    // The one the main verb acts on is no object of the gerund after it.
    [InlineData("Tom Baker apologised to Mary Collins for liking a tweet that referred to her.")]
    public void A_gerund_alleged_or_without_a_post_states_no_like_or_repost(string text) =>
        Assert.DoesNotContain(Extractor.Extract(text, "en"), r => r.Relation is RelationType.Liked or RelationType.Retweeted);
    [Theory]
    // German says it with a perfect infinitive: active, whatever auxiliary the clause before has; "von" names the post's author.
    [InlineData("Anna Berger wurde dafür kritisiert, einen Beitrag von Markus Hahn gelikt zu haben.", RelationType.Liked, "anna-berger markus-hahn")]
    [InlineData("Anna Berger wurde im Landtag gerügt, einen Tweet von Markus Hahn geteilt zu haben.", RelationType.Retweeted, "anna-berger markus-hahn")]
    public void A_participle_before_zu_haben_is_active(string text, RelationType type, string expected)
    {
        var relations = Relations(text, "de", type);
        Assert.Contains(expected, relations);
        Assert.DoesNotContain(string.Join(' ', expected.Split(' ').Reverse()), relations);
    }
    [Theory]
    // German sets off the relative clause on those followed with commas; the verb of membership after it names them, and so does a
    // subject that is "one of" them.
    [InlineData("Zu den Accounts, denen Markus Hahn auf Instagram folgt, gehören Anna Berger und Jonas Vogt.", "anna-berger", "jonas-vogt")]
    [InlineData("Unter den Konten, denen Markus Hahn auf X folgt, sind auch Anna Berger und Jonas Vogt.", "anna-berger", "jonas-vogt")]
    [InlineData("Anna Berger ist eines von nur 40 Konten, denen Markus Hahn auf X folgt.", "anna-berger")]
    public void Those_followed_named_past_a_relative_clause_are_followed(string text, params string[] members) =>
        Assert.Equal(members.Select(m => $"markus-hahn {m}"), Relations(text, "de", RelationType.Follows));

    [Theory]
    // Denied membership, or who says so after a comma, is not followed.
    [InlineData("Zu den Accounts, denen Markus Hahn auf Instagram folgt, gehört nicht Anna Berger.")]
    [InlineData("Zu den Accounts, denen Markus Hahn auf Instagram folgt, gehören viele Journalisten, sagte Anna Berger.")]
    public void Those_denied_or_reporting_past_the_relative_clause_are_not_followed(string text) =>
        Assert.Empty(Relations(text, "de", RelationType.Follows));
    [Theory]
    // "It" (German "es" for "das Profil") or "the account" right before the cue stands for the account the text spoke of just
    // before: its owner follows, or is followed by those its followers include.
    [InlineData("en", "Tom Baker's account has 300 followers. Among the accounts it follows are Mary Collins and Ruth Ellis.", "tom-baker mary-collins", "tom-baker ruth-ellis")]
    [InlineData("en", "There is another account with the handle @tombaker. It has 758 followers including Mary Collins but follows none.", "mary-collins tom-baker")]
    [InlineData("de", "Das Instagram-Profil von Markus Hahn hat 300 Follower. Es folgt 40 Konten, darunter Anna Berger.", "markus-hahn anna-berger")]
    [InlineData("de", "Das Instagram-Profil von Markus Hahn ist neu. Es hat 300 Follower, darunter Anna Berger.", "anna-berger markus-hahn")]
    public void An_account_spoken_of_just_before_acts_for_its_owner(string language, string text, params string[] expected) =>
        Assert.Equal(expected, Relations(text, language, RelationType.Follows));

    [Theory]
    // No account spoken of, "it follows that", or "it" in what someone said about something else: no one follows.
    [InlineData("en", "Tom Baker is on Twitter. It follows 40 accounts, including Mary Collins.")]
    [InlineData("en", "Tom Baker's account has 300 followers. It follows that Mary Collins must reply.")]
    [InlineData("de", "Markus Hahn ist auf Instagram. Es folgt eine Rede von Anna Berger.")]
    public void It_with_no_account_spoken_of_follows_no_one(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));
    [Theory]
    // A passive like or repost whose subject is the post the text just spoke of ("the tweet", "it") acts on its author.
    [InlineData("en", "Mary Collins posted a tweet criticising the plan. The tweet was liked by Tom Baker.", RelationType.Liked, "tom-baker mary-collins")]
    [InlineData("en", "Mary Collins posted a tweet on Sunday. It was later retweeted by Tom Baker and Ruth Ellis.", RelationType.Retweeted, "tom-baker mary-collins", "ruth-ellis mary-collins")]
    [InlineData("de", "Anna Berger postete ein Video auf Instagram. Es wurde von Markus Hahn gelikt.", RelationType.Liked, "markus-hahn anna-berger")]
    public void A_post_spoken_of_as_a_passive_subject_names_its_author(string language, string text, RelationType type, params string[] expected) =>
        Assert.Equal(expected, Relations(text, language, type));

    [Theory]
    // A post with its own author named, one no one posted before, or a fellow agent: no other author is implied.
    [InlineData("Mary Collins posted a tweet. A tweet by Ruth Ellis was liked by Tom Baker.", RelationType.Liked, "tom-baker mary-collins")]
    [InlineData("Mary Collins spoke in parliament on Monday. The video was later liked by Tom Baker.", RelationType.Liked, "tom-baker mary-collins")]
    [InlineData("The tweet was retweeted by Tom Baker and Ruth Ellis.", RelationType.Retweeted, "ruth-ellis tom-baker")]
    public void A_passive_post_of_someone_else_implies_no_author(string text, RelationType type, string wrong) =>
        Assert.DoesNotContain(wrong, Relations(text, "en", type));

    [Theory]
    // An indirect question asks whom the one named in it follows, or who follows them: the one asking follows no one, and
    // "wer" is the follower asked about.
    [InlineData("de", "Die Journalistin Anna Berger hat auf Twitter überprüft, wem Markus Hahn eigentlich folgt.")]
    [InlineData("de", "Anna Berger wollte wissen, wen Markus Hahn auf Instagram abonniert hat.")]
    [InlineData("de", "Anna Berger fragte auf X, wer Markus Hahn folgt.")]
    [InlineData("en", "Mary Collins checked who Tom Baker follows on Twitter.")]
    [InlineData("en", "Mary Collins looked at whom Tom Baker follows on Twitter.")]
    public void An_indirect_question_names_no_one_followed(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));

    [Theory]
    // The question answered: after a colon, or in the sentences after it (the one asked about follows those they name).
    [InlineData("de", "Anna Berger hat überprüft, wem Markus Hahn auf X folgt: Jonas Vogt, Lea Krüger und dem Rail Council.", "markus-hahn jonas-vogt|markus-hahn lea-krueger|markus-hahn rail-council")]
    [InlineData("de", "Anna Berger hat überprüft, wem Markus Hahn auf X folgt. Darunter sind Jonas Vogt und Lea Krüger.", "markus-hahn jonas-vogt|markus-hahn lea-krueger")]
    [InlineData("en", "Mary Collins checked who Tom Baker follows on Twitter. They include Ruth Ellis and Peter Quinn.", "tom-baker ruth-ellis|tom-baker peter-quinn")]
    public void The_answer_to_an_indirect_question_names_those_followed(string language, string text, string expected) =>
        Assert.Equal(expected.Split('|'), Relations(text, language, RelationType.Follows));

    [Theory]
    // A possessive after the count of followers owns what comes after it: the followers are the subject's, and whoever its posts
    // name is no follower.
    [InlineData("en", "Tom Baker has attracted nearly 450 Twitter followers with his quirky posts on everything from soccer to dating Mary Collins.")]
    [InlineData("en", "Tom Baker has 450 Twitter followers and his posts often mention Mary Collins.")]
    [InlineData("de", "Markus Hahn hat auf X 450 Follower gewonnen, seine Videos zeigen oft Anna Berger.")]
    // "followed by" after a count of followers ranks the next owner of many; it names no follower.
    [InlineData("en", "Tom Baker has the most followers on Twitter, followed by Mary Collins and Ruth Ellis.")]
    [InlineData("de", "Markus Hahn hat die meisten Follower auf X, gefolgt von Anna Berger und Jonas Vogt.")]
    [InlineData("de", "Auf X hat Markus Hahn 3000 Follower, gefolgt von Anna Berger mit 2000.")]
    public void A_possessive_or_a_ranking_after_the_followers_names_no_follower(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));

    [Theory]
    // Following someone somewhere (into a party, to a city, at the podium) or in doing something is coming after them; on a
    // platform one follows an account, with no goal.
    [InlineData("en", "Mary Collins followed Tom Baker into the Labour Party, she said on Twitter.")]
    [InlineData("en", "Mary Collins followed Tom Baker to Brussels, she wrote on Twitter.")]
    [InlineData("en", "Tom Baker has 3,000 followers on Twitter. Mary Collins followed him at the podium.")]
    [InlineData("en", "On Twitter, Tom Baker was followed by Mary Collins in criticising the plan.")]
    [InlineData("de", "Anna Berger folgte Markus Hahn in die CDU, schrieb sie auf X.")]
    [InlineData("de", "Markus Hahn hat 3000 Follower auf X. Anna Berger folgte ihm nach Berlin.")]
    public void Following_someone_to_a_place_or_in_an_act_is_no_follow(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Follows));

    [Theory]
    // A time or the platform after the one followed leaves the follow as it is.
    [InlineData("en", "Mary Collins followed Tom Baker on Instagram in 2019.", "mary-collins tom-baker")]
    [InlineData("en", "Mary Collins began following Tom Baker in March, she said on Twitter.", "mary-collins tom-baker")]
    [InlineData("de", "Anna Berger folgt Markus Hahn in den sozialen Netzwerken.", "anna-berger markus-hahn")]
    [InlineData("de", "Anna Berger folgt Markus Hahn seit 2019 auf X.", "anna-berger markus-hahn")]
    // Following after seeing a post, or to see what is posted, is a follow.
    [InlineData("en", "Mary Collins followed Tom Baker after seeing his viral post on Twitter.", "mary-collins tom-baker")]
    [InlineData("en", "Mary Collins followed Tom Baker to see what he posts on Twitter.", "mary-collins tom-baker")]
    public void A_time_or_a_platform_after_the_one_followed_keeps_the_follow(string language, string text, string expected) =>
        Assert.Contains(expected, Relations(text, language, RelationType.Follows));

    [Theory]
    // A group no actor names follows or likes; the next sentence names its members by an inclusion that points back to it.
    [InlineData("en", "Several MPs liked Tom Baker's post on Twitter. Among them were Mary Collins and Ruth Ellis.", RelationType.Liked, "mary-collins tom-baker|ruth-ellis tom-baker")]
    [InlineData("en", "On Instagram, some of the fiercest critics of Tom Baker still follow him. They include Mary Collins, Ruth Ellis and Peter Quinn.", RelationType.Follows, "mary-collins tom-baker|ruth-ellis tom-baker|peter-quinn tom-baker")]
    [InlineData("de", "Mehrere Abgeordnete haben den Post von Markus Hahn auf X gelikt. Darunter sind Anna Berger und Jonas Vogt.", RelationType.Liked, "anna-berger markus-hahn|jonas-vogt markus-hahn")]
    [InlineData("de", "Einige Journalisten folgen Markus Hahn auf Instagram. Unter ihnen ist auch Lea Krüger.", RelationType.Follows, "lea-krueger markus-hahn")]
    public void The_members_of_a_group_that_followed_or_liked_are_named_next(string language, string text, RelationType type, string expected) =>
        Assert.Equal(expected.Split('|'), Relations(text, language, type));

    [Theory]
    // An inclusion that does not point back names another group; a sentence later, an act of its own, one person, or a quotation after the list.
    [InlineData("en", "Several MPs liked Tom Baker's post on Twitter. Among its critics were Mary Collins and Ruth Ellis.")]
    [InlineData("en", "Several MPs liked Tom Baker's post on Twitter. The vote was on Monday. Among them were Mary Collins and Ruth Ellis.")]
    [InlineData("en", "Several MPs liked Tom Baker's post on Twitter. Among them, Mary Collins tagged Ruth Ellis.")]
    [InlineData("en", "One MP liked Tom Baker's post on Twitter. Among them were Mary Collins and Ruth Ellis.")]
    [InlineData("de", "Mehrere Abgeordnete haben den Post von Markus Hahn auf X gelikt. Darunter sind keine Grünen, sagte Anna Berger.")]
    // "darunter" that names no members (suffering from it), and one who says so.
    [InlineData("de", "Viele Abgeordnete folgen Markus Hahn auf X. Darunter leidet die Debatte, sagt Anna Berger.")]
    [InlineData("en", "Several MPs liked Tom Baker's post on Twitter. Among them, the debate suffered, Mary Collins said.")]
    public void No_member_is_named_for_a_group_that_acted(string language, string text) =>
        Assert.DoesNotContain(Extractor.Extract(text, language), r => r.Relation is RelationType.Liked or RelationType.Follows && r.Source != "tom-baker" && r.Source != "markus-hahn"
            && r.Target is "tom-baker" or "markus-hahn");

    [Theory]
    // Right after a like's words, a possessive before a post names its author; a possessive of what a liked comment was on does not.
    [InlineData("Tom Baker posted a video on Instagram. Mary Collins has continued smashing the like button on his posts.", "mary-collins tom-baker")]
    [InlineData("Mary Collins posted a video on Instagram. Tom Baker has continued smashing the like button on her posts.", "tom-baker mary-collins")]
    public void A_possessive_right_after_a_like_names_the_post_author(string text, string expected) =>
        Assert.Contains(expected, Relations(text, "en", RelationType.Liked));

    [Theory]
    [InlineData("Tom Baker posted a video on Instagram. Mary Collins liked a comment on his posts.")]
    public void A_possessive_of_what_a_liked_comment_was_on_names_no_author(string text) =>
        Assert.DoesNotContain("mary-collins tom-baker", Relations(text, "en", RelationType.Liked));

    [Theory]
    // A relative clause on a list of examples ("such as", "including") is said of each of them.
    [InlineData("Mary Collins named critics such as Tom Baker and Peter Quinn, who she follows on Twitter.", "mary-collins tom-baker|mary-collins peter-quinn")]
    [InlineData("Mary Collins named critics including Tom Baker and Peter Quinn, who she follows on Twitter.", "mary-collins tom-baker|mary-collins peter-quinn")]
    public void A_relative_follow_on_a_list_of_examples_follows_each(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Relations(text, "en", RelationType.Follows));

    [Theory]
    // Lines that each name one member and end with a colon (each introduced an embedded post) list those followed, in a run of two or more.
    [InlineData("en", "Tom Baker joined Twitter on Monday. We are most interested in the people who Tom Baker follows. Why? Because someone compiled a list. There's his press secretary Mary Collins:\n\nDirector of Communications Ruth Ellis:\n\n…and, of course, Chief of Staff Peter Quinn, who cleared up a point:\n\nThat is all.", "tom-baker mary-collins|tom-baker ruth-ellis|tom-baker peter-quinn")]
    [InlineData("de", "Die Journalistin Lea Krüger hat geprüft, wem Markus Hahn auf X folgt. Warum? Weil es viel verrät.\n\nDa ist Anna Berger:\n\nJonas Vogt, der im Landtag sitzt:\n\nDas war es.", "markus-hahn anna-berger|markus-hahn jonas-vogt")]
    public void Lines_that_each_name_a_member_before_a_colon_list_those_followed(string language, string text, string expected) =>
        Assert.Equal(expected.Split('|'), Relations(text, language, RelationType.Follows));

    [Theory]
    // Speakers' lines (words after the colon), or one such line alone a sentence too late, list no one.
    [InlineData("Tom Baker joined Twitter on Monday. We are most interested in the people who Tom Baker follows. Why? Because someone compiled a list.\n\nMary Collins: He is lonely.\n\nRuth Ellis: No comment.")]
    [InlineData("Tom Baker joined Twitter on Monday. We are most interested in the people who Tom Baker follows. Why? Because someone compiled a list.\n\nThere's his press secretary Mary Collins:\n\nShe posted a photo of the train.")]
    public void Speakers_or_a_lone_late_line_list_no_one_followed(string text) =>
        Assert.Empty(Relations(text, "en", RelationType.Follows));

    [Theory]
    // Past the comments liked, only their author is liked; whom they are about is not.
    [InlineData("en", "Tom Baker then liked comments from bloggers claiming the vote had been rigged to hurt Mary Collins on Twitter.")]
    [InlineData("de", "Markus Hahn likte auf Facebook Kommentare von Bloggern, die behaupten, Anna Berger habe gelogen.")]
    public void Whom_liked_comments_are_about_is_not_liked(string language, string text) =>
        Assert.Empty(Relations(text, language, RelationType.Liked));

    [Theory]
    [InlineData("Tom Baker liked comments by Mary Collins on Twitter.", "tom-baker mary-collins")]
    [InlineData("Tom Baker liked Mary Collins's comments on Twitter.", "tom-baker mary-collins")]
    public void The_author_of_liked_comments_is_liked(string text, string expected) =>
        Assert.Contains(expected, Relations(text, "en", RelationType.Liked));
}
