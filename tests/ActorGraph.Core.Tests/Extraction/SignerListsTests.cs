using ActorGraph.Extraction;
using ActorGraph.Model;

namespace ActorGraph.Core.Tests.Extraction;

/// <summary>
/// Signers listed without a verb (issue 13.2): sign-off blocks, lists after an introducing line, lists of names with
/// titles and parties. Texts written for these tests, with invented people.
/// </summary>
public sealed class SignerListsTests
{
    /// <summary>The signers most tests name.</summary>
    private static readonly KnownActor[] People =
    [
        new KnownActor("anna-berger", "Anna Berger", "person", "f", []),
        new KnownActor("markus-hahn", "Markus Hahn", "person", "m", []),
        new KnownActor("lea-krueger", "Lea Krüger", "person", "f", []),
        new KnownActor("mary-collins", "Mary Collins", "person", "f", []),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", []),
        new KnownActor("ruth-ellis", "Ruth Ellis", "person", "f", []),
    ];

    private static readonly RuleExtractor Extractor = new(new ActorLexicon([
        .. People,
        new KnownActor("peter-quinn", "Peter Quinn", "person", "m", []),
        new KnownActor("john-doyle", "John Doyle", "person", "m", []),
        new KnownActor("klaus-meier", "Klaus Meier", "person", "m", []),
        new KnownActor("aclu", "American Civil Liberties Union", "organisation", null, ["ACLU"]),
        new KnownActor("green-party", "Green Party", "party", null, ["Greens", "Grüne"]),
        new KnownActor("gazette", "The Gazette", "media", null, []),
        new KnownActor("letter", "Open letter on rail funding", "document", null, ["letter", "the letter", "Brief", "offenen Brief"]),
    ]));

    private static List<string> Signers(string text, string language) =>
        Extractor.Extract(text, language).Where(r => r.Relation == RelationType.Signed).Select(r => $"{r.Source} {r.Target}").Order().ToList();

    [Theory]
    [InlineData("en", "Dear Minister,\nWe write to ask for more trains.\nSincerely,\nMary Collins\nUnited States Senator\nTom Baker\nMember of Congress\n\nPeter Quinn said he had not been asked.",
        "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "Four MPs wrote to the minister. Here is the full list of who signed:\nMary Collins MP, Green Party\nTom Baker, former rail minister\nRuth Ellis (Lab)\nThe minister has not answered.",
        "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "The letter reads in full below.\nMary Collins MP; Tom Baker MP; Ruth Ellis MP.", "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "The letter was signed by the following MPs: Mary Collins MP Independent, Tom Baker MP Greens, Ruth Ellis MP Labour.",
        "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "Signatories\nMary Collins\nPeter Quinn", "mary-collins letter", "peter-quinn letter")]
    [InlineData("de", "Den offenen Brief an die Ministerin haben mehrere Abgeordnete verfasst. Die Unterzeichner:\nAnna Berger (Grüne)\nMarkus Hahn MdB\nLea Krüger",
        "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("de", "Sehr geehrte Frau Ministerin,\nwir bitten um mehr Züge.\nMit freundlichen Grüßen\nAnna Berger\nLea Krüger", "anna-berger letter", "lea-krueger letter")]
    [InlineData("en", "The letter was signed by Mary\nCollins, Tom Baker and Ruth Ellis.", "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("de", "Den Aufruf haben viele unterschrieben.\n\nProf. Dr. Anna Berger, Universität Kassel\nMarkus Hahn, Vorsitzender des Vereins\nDr. Lea Krüger\n\nMehr dazu morgen.",
        "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("de", "Zu den Erstunterzeichnenden des Briefes gehören bekannte Politiker, darunter:\n  • Anna Berger, Landrätin\n  • Markus Hahn, Bürgermeister",
        "anna-berger letter", "markus-hahn letter")]
    [InlineData("en", "Thank you for your attention to this matter.\n/s/ Mary Collins /s/ Tom Baker", "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "The letter was signed by Mary Collins, Tom Baker. Ruth Ellis, Peter Quinn and the Greens.",
        "green-party letter", "mary-collins letter", "peter-quinn letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "Signatories:\nMary Collins\nProfessor of Law, Harvard University\nTom Baker\nFormer minister\nRuth Ellis\n", "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "Dear Secretary Doyle,\nWe write to urge you to fund the railways.\nThank you.\n\nMary Collins\nTom Baker\n", "mary-collins letter", "tom-baker letter")]
    [InlineData("de", "Sehr geehrter Herr Meier,\nwir fordern mehr Geld für die Bahn.\n\nAnna Berger, Markus Hahn, Lea Krüger\n", "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("en", "Open letter\n\nWe ask the minister to fund the railways.\n\nSupporters: Mary Collins, Tom Baker\nRuth Ellis\n", "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "Open letter\n\nWe ask the minister to fund the railways.\n\nPrimary sponsor: Mary Collins\nCo-sponsors: Tom Baker\n", "mary-collins letter", "tom-baker letter")]
    [InlineData("de", "Offener Brief\n\nWir fordern mehr Züge.\n\nUnterstützer: Anna Berger, Markus Hahn\nLea Krüger\n", "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("en", "Open letter on rail funding: why we need more trains now\nMary Collins and Tom Baker\n\nWe need trains.\n", "mary-collins letter", "tom-baker letter")]
    [InlineData("de", "Offener Brief: Warum wir mehr Züge brauchen\nAnna Berger und Markus Hahn\n\nWir brauchen Züge.\n", "anna-berger letter", "markus-hahn letter")]
    public void Every_listed_signer_signed_the_document(string language, string text, params string[] expected) =>
        Assert.Equal(expected.Order(), Signers(text, language));

    [Theory]
    [InlineData("en", "The signatories are Mary Collins,\nTom Baker,\nRuth Ellis and\nPeter Quinn.", 1)]
    [InlineData("de", "Unterzeichnet haben Anna Berger,\nMarkus Hahn und\nLea Krüger.", 1)]
    [InlineData("en", "Dear colleagues,\nWe write to you about trains.", 2)]
    [InlineData("en", "Yours sincerely,\nMary Collins", 2)]
    [InlineData("de", "Mit freundlichen Grüßen,\nAnna Berger", 2)]
    [InlineData("en", "Rail plan, part two\nMary Collins wants more trains.", 2)]
    [InlineData("en", "The letter was signed by Mary Collins,\nthe chair, and Tom Baker.", 1)]
    [InlineData("de", "Sehr geehrte Frau Ministerin,\nwir bitten um mehr Züge.", 2)]
    public void A_list_wrapped_after_a_comma_or_conjunction_is_one_sentence_a_salutation_or_sign_off_ends_its_line(string language, string text, int sentences) =>
        Assert.Equal(sentences, Sentences.Split(text, SignerLists.ListLineBreaks(text, CueLexicon.For(language))).Count);

    [Theory]
    [InlineData("en", "The letter was led by Sen. Mary Collins and joined by Sens. Tom Baker, Ruth Ellis and Peter Quinn.",
        "mary-collins letter", "peter-quinn letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "Sen. Mary Collins (D-Mich.) led the letter, which was also signed by Sens. Tom Baker (R-Ind.) and Ruth Ellis (D-Ore.).",
        "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "Collins wrote the letter to the minister. Cosigners include Sens. Tom Baker, Ruth Ellis and Peter Quinn.",
        "mary-collins letter", "peter-quinn letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "More than 40 lawmakers signed the letter, among them Mary Collins, Tom Baker and Ruth Ellis.", "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "These members signed the letter:\n1. Mary Collins\n2. Tom Baker\n3. Ruth Ellis\n", "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "The letter's signers include Mary Collins, a former ambassador; Tom Baker, the mayor of Austin; and Ruth Ellis, a Nobel laureate.",
        "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "In a letter to Energy Secretary John Doyle, Sens. Mary Collins (D-Ohio) and Tom Baker (R-Texas) urged him to act.", "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "The letter to Energy Secretary John Doyle was signed by Rep. Mary Collins.", "mary-collins letter")]
    [InlineData("en", "In March Mary Collins and Tom Baker added their names to the letter.", "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "The open letter was signed by the ACLU, the Greens and 30 other groups.", "aclu letter", "green-party letter")]
    [InlineData("de", "Anna Berger und Markus Hahn schrieben einen Brief an Klaus Meier.", "anna-berger letter", "markus-hahn letter")]
    [InlineData("de", "Zu den Unterstützern des Briefes zählen Anna Berger, Markus Hahn und die Grünen.", "anna-berger letter", "green-party letter", "markus-hahn letter")]
    [InlineData("de", "Zu den Unterzeichnern gehören Anna Berger aus Kassel, Markus Hahn aus Bonn und Lea Krüger aus Jena.", "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("de", "Den offenen Brief unterschrieben haben Anna Berger, Landrätin in Kassel, Markus Hahn, Bürgermeister von Bonn, und Lea Krüger, Vorsitzende des Vereins.",
        "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("de", "Den Brief haben viele unterzeichnet, unter ihnen Anna Berger und Markus Hahn.", "anna-berger letter", "markus-hahn letter")]
    [InlineData("en", "Twelve senators signed the letter. They include Mary Collins of Ohio and Tom Baker of Texas.", "mary-collins letter", "tom-baker letter")]
    [InlineData("de", "Den Brief unterschrieben 40 Abgeordnete. Unter ihnen: Anna Berger, Markus Hahn, Lea Krüger.", "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("en", "A letter from Sens. Mary Collins and Tom Baker asks the minister to release the funds.", "mary-collins letter", "tom-baker letter")]
    [InlineData("de", "In einem Brief von Anna Berger und Markus Hahn an Klaus Meier heißt es, der Minister müsse handeln.", "anna-berger letter", "markus-hahn letter")]
    [InlineData("en", "Ruth Ellis and Tom Baker vowed to oppose the Greens’ priorities in a letter released Friday.", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("de", "Laut ACLU haben die Grüne/SPD-Abgeordneten Anna Berger und Markus Hahn den Brief unterschrieben.", "anna-berger letter", "markus-hahn letter")]
    [InlineData("en", "Sen. Mary Collins joined Sens. Tom Baker and Ruth Ellis in sending a letter to the minister.", "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "Mary Collins led her colleagues, such as Reps. Tom Baker (R-TX) and Ruth Ellis (R-AZ), in a letter to the minister.",
        "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "In addition to Collins and Baker, the letter was signed by Ruth Ellis and Peter Quinn.",
        "mary-collins letter", "peter-quinn letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "Joining Collins on the letter were Sens. Tom Baker, Ruth Ellis and Peter Quinn.",
        "mary-collins letter", "peter-quinn letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "Mary Collins and Tom Baker co-led the letter to the minister.", "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "Eighteen lawmakers signed the letter.\n\nThey are Mary Collins, Tom Baker and Ruth Ellis.", "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "The letter, signed by Mary Collins and Tom Baker, was criticized by Ruth Ellis.", "mary-collins letter", "tom-baker letter")]
    [InlineData("de", "Initiatorin des Briefes ist Anna Berger.", "anna-berger letter")]
    [InlineData("de", "Der Brief trägt die Unterschriften von Anna Berger, Markus Hahn und Lea Krüger.", "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("de", "Mitunterzeichnet haben den Brief Anna Berger und Markus Hahn.", "anna-berger letter", "markus-hahn letter")]
    [InlineData("de", "Unterzeichnet haben den Brief Anna Berger MdB (Grüne) und Markus Hahn MdB.", "anna-berger letter", "markus-hahn letter")]
    [InlineData("en", "Twelve senators signed the letter.\n\nSenator Mary Collins\nSenator Tom Baker\nSenator Ruth Ellis\n",
        "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("de", "Den Brief unterzeichneten etwa Anna Berger, früher Ministerin unter Klaus Meier (SPD), und Markus Hahn.", "anna-berger letter", "markus-hahn letter")]
    [InlineData("en", "Sens. Mary Collins and Tom Baker are pressing the minister on rail funding. \"We are concerned,\" they wrote in a letter on Monday.",
        "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "Sixteen senators signed onto the letter, including Democrats Tom Baker of Ohio and Ruth Ellis of Oregon and Republican Peter Quinn of Utah.",
        "peter-quinn letter", "ruth-ellis letter", "tom-baker letter")]
    public void Signers_in_the_shapes_reporting_gives_them(string language, string text, params string[] expected) =>
        Assert.Equal(expected.Order(), Signers(text, language));

    [Theory]
    [InlineData("en", "Collins was joined on the letter by Sens. Tom Baker, Ruth Ellis and Peter Quinn.", "mary-collins letter", "peter-quinn letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "Mary Collins, along with Tom Baker and Ruth Ellis, sent a letter to the minister.", "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "Mary Collins co-signed the letter with Tom Baker.", "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "The letter was signed by 18 lawmakers.\n\nMary Collins, Tom Baker and Ruth Ellis were among them.", "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("de", "Den Brief haben 18 Abgeordnete unterschrieben. Auch Anna Berger ist darunter.", "anna-berger letter")]
    [InlineData("en", "Mary Collins signed the letter. So did Tom Baker and Ruth Ellis.", "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "Mary Collins signed the letter, as did Tom Baker.", "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "Thirty MPs have put their names to the letter, including Mary Collins and Tom Baker.", "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "In the letter, Mary Collins and Tom Baker ask the minister to act.", "mary-collins letter", "tom-baker letter")]
    [InlineData("de", "Anna Berger, Markus Hahn und Lea Krüger schließen sich dem Brief an.", "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("de", "Dem offenen Brief schlossen sich auch Anna Berger und Markus Hahn an.", "anna-berger letter", "markus-hahn letter")]
    [InlineData("de", "Den Brief unterzeichneten die SPD-Politikerin Anna Berger, der Grünen-Politiker Markus Hahn und die Gewerkschafterin Lea Krüger.",
        "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("en", "Mary Collins and Tom Baker are worried about the railways. The senators sent a letter to John Doyle on Monday.", "mary-collins letter", "tom-baker letter")]
    [InlineData("de", "Anna Berger und Markus Hahn sorgen sich um die Bahn. Die Abgeordneten schrieben deshalb einen Brief an Klaus Meier.", "anna-berger letter", "markus-hahn letter")]
    [InlineData("en", "Thirty MPs signed the letter organised by Mary Collins and Tom Baker opposing No Deal.", "mary-collins letter", "tom-baker letter")]
    [InlineData("de", "Zu den Unterzeichnern gehören Anna Berger sowie Markus Hahn von den Grünen.", "anna-berger letter", "markus-hahn letter")]
    [InlineData("en", "The signatories, who include Mary Collins and Tom Baker, want more trains.", "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "The letter was signed by Mary Collins, who chairs the committee, Tom Baker and Ruth Ellis.", "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("de", "Anna Berger und Markus Hahn unterzeichneten ebenso wie Lea Krüger den Brief.", "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("en", "Ten senators issued an open letter on Sunday.\nThe proposal comes after a long debate.\n\"We want a deal,\" the letter reads.\nMore: Other news\n\nThe group includes Sen. Mary Collins, R-La.; Sen. Tom Baker, R-W.Va.; and Sen. Ruth Ellis, R-Maine.",
        "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    public void Signers_named_around_the_signing_sign_too(string language, string text, params string[] expected) =>
        Assert.Equal(expected.Order(), Signers(text, language));

    [Theory]
    [InlineData("en", "The letter's signatories include Mary Collins and Tom Baker.", "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "Tom Baker refused to sign the letter, which Mary Collins and Ruth Ellis signed.", "mary-collins letter", "ruth-ellis letter")]
    [InlineData("en", "Mary Collins and Tom Baker signed a letter urging John Doyle and Peter Quinn to act.", "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "The letter was signed by 40 experts, among them Ruth Ellis – a former minister – and Peter Quinn, a professor.", "peter-quinn letter", "ruth-ellis letter")]
    [InlineData("en", "On the initiative of Ruth Ellis, 59 MEPs co-signed the letter.", "ruth-ellis letter")]
    [InlineData("en", "The letter bears the signatures of Mary Collins and Tom Baker.", "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "Tom Baker was the first to sign the letter.", "tom-baker letter")]
    [InlineData("en", "Twenty senators, led by Mary Collins and Tom Baker, sent the letter to John Doyle.", "mary-collins letter", "tom-baker letter")]
    [InlineData("en", "Greens including Tom Baker have signed on to the letter.", "tom-baker letter")]
    [InlineData("en", "Mary Collins responded with a letter of her own.", "mary-collins letter")]
    [InlineData("en", "Twelve senators signed the letter. Its signers include Mary Collins.\n\nAlso on the list are Tom Baker and Ruth Ellis.",
        "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("de", "Der Brief stammt von Anna Berger und Markus Hahn.", "anna-berger letter", "markus-hahn letter")]
    [InlineData("de", "Den offenen Brief hat Lea Krüger gestartet.", "lea-krueger letter")]
    [InlineData("de", "Der Brief wurde von der Landtagsabgeordneten Anna Berger initiiert und von 40 Kollegen unterzeichnet.", "anna-berger letter")]
    [InlineData("de", "Den Brief haben 80 Abgeordnete unterschrieben. Darunter sind Anna Berger und Markus Hahn.", "anna-berger letter", "markus-hahn letter")]
    [InlineData("de", "Mehrere Verbände haben den offenen Brief unterzeichnet, etwa die ACLU und die Grünen.", "aclu letter", "green-party letter")]
    [InlineData("de", "Markus Hahn antwortete mit einem offenen Brief.", "markus-hahn letter")]
    [InlineData("de", "Per offenem Brief wandten sich Anna Berger und Lea Krüger an Klaus Meier.", "anna-berger letter", "lea-krueger letter")]
    [InlineData("de", "Auf Initiative von Lea Krüger unterzeichneten 59 Abgeordnete den Brief.", "lea-krueger letter")]
    [InlineData("de", "Die Grünen schickten keinen Vertreter, haben aber einen offenen Brief gesendet.", "green-party letter")]
    [InlineData("de", "Anna Berger, Pfarrerin in Kassel, und die Regisseurin Lea Krüger haben den offenen Brief veröffentlicht.", "anna-berger letter", "lea-krueger letter")]
    [InlineData("de", "Aus Deutschland unterzeichneten die Bürgermeister Anna Berger aus Frankfurt am Main, Dr. Markus Hahn aus Halle und Lea Krüger aus Jena den Brief.",
        "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("de", "Den Brief hat Anna Berger unterschrieben, mit dabei sind auch der frühere Minister Markus Hahn und die Sängerin Lea Krüger.",
        "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("de", "Markus Hahn ist Sohn von Klaus Meier und Erstunterzeichner des „Offenem Briefs“ von Anna Berger und Lea Krüger.",
        "anna-berger letter", "lea-krueger letter", "markus-hahn letter")]
    [InlineData("en", "Tom Baker and Ruth Ellis, plus others including Mary Collins and Peter Quinn, supported the letter.",
        "mary-collins letter", "peter-quinn letter", "ruth-ellis letter", "tom-baker letter")]
    [InlineData("en", "Mary Collins signed the letter on Monday. A day later, Tom Baker signed another letter.", "mary-collins letter")]
    [InlineData("en", "Mary Collins signed the letter published by The Gazette on Saturday.", "mary-collins letter")]
    [InlineData("en", "Secretary of State Mary Collins signed the letter.", "mary-collins letter")]
    [InlineData("en", "Tom Baker signed the letter to Secretary of State John Doyle.", "tom-baker letter")]
    [InlineData("en", "Mary Collins, Tom Baker, on behalf of the Council of the Green Party, and Chair of the Committee Ruth Ellis issued the letter.",
        "mary-collins letter", "ruth-ellis letter", "tom-baker letter")]
    public void Signers_in_the_same_classes_written_differently(string language, string text, params string[] expected) =>
        Assert.Equal(expected.Order(), Signers(text, language));

    [Theory]
    [InlineData("en", "Mary Collins threatened to respond with a letter.")]
    [InlineData("en", "Mary Collins confronted Tom Baker with the letter.")]
    [InlineData("de", "Anna Berger antwortete nicht mit einem offenen Brief.")]
    [InlineData("en", "Mary Collins plans to sign the letter next week.")]
    [InlineData("de", "Die Grünen forderten Markus Hahn auf, den offenen Brief zu unterschreiben.")]
    public void Answering_with_no_letter_or_only_planning_one_signs_nothing(string language, string text) => Assert.Empty(Signers(text, language));

    [Theory]
    [InlineData("en", "Ruth Ellis urged Tom Baker to sign the letter.")]
    [InlineData("en", "Tom Baker welcomed the letter signed by Ruth Ellis.", "ruth-ellis letter")]
    [InlineData("en", "Mary Collins said the letter was signed by Tom Baker.", "tom-baker letter")]
    [InlineData("de", "Anna Berger erhielt einen von Lea Krüger unterschriebenen Brief.", "lea-krueger letter")]
    [InlineData("en", "Mary Collins criticised a tweet sent by Tom Baker about the letter.")]
    [InlineData("en", "Mary Collins sent the letter on Monday.\nHere are all the executive orders Tom Baker has signed so far.", "mary-collins letter")]
    [InlineData("de", "Von den Grünen unterschrieben den Brief mehrere Bürgermeister, etwa Anna Berger aus Kassel.", "anna-berger letter")]
    [InlineData("en", "Mary Collins and Tom Baker criticised the plan. The lawmakers who signed the letter include Ruth Ellis.", "ruth-ellis letter")]
    [InlineData("en", "Mary Collins signed the letter. Tom Baker did not, and neither did Ruth Ellis.", "mary-collins letter")]
    public void Who_asks_receives_or_reports_a_signing_signs_nothing(string language, string text, params string[] expected) =>
        Assert.Equal(expected.Order(), Signers(text, language));

    [Fact]
    public void A_document_noun_the_actors_file_does_not_list_means_the_document_named_before()
    {
        var extractor = new RuleExtractor(new ActorLexicon([
            new KnownActor("mary-collins", "Mary Collins", "person", "f", []),
            new KnownActor("tom-baker", "Tom Baker", "person", "m", []),
            new KnownActor("anna-berger", "Anna Berger", "person", "f", []),
            new KnownActor("markus-hahn", "Markus Hahn", "person", "m", []),
            new KnownActor("appeal", "Appeal for rail funding", "document", null, ["appeal for rail funding", "Appell für die Bahn"]),
        ]));
        List<string> Signers(string text, string language) =>
            extractor.Extract(text, language).Where(r => r.Relation == RelationType.Signed).Select(r => $"{r.Source} {r.Target}").Order().ToList();
        Assert.Equal(["mary-collins appeal", "tom-baker appeal"], Signers("The appeal for rail funding was published on Monday. Mary Collins and Tom Baker sent the letter to the minister.", "en"));
        Assert.Equal(["anna-berger appeal", "markus-hahn appeal"], Signers("Anna Berger hat den Appell für die Bahn gestartet. Das Schreiben hat auch Markus Hahn unterzeichnet.", "de"));
        Assert.Empty(Signers("The appeal for rail funding was published on Monday. Mary Collins sent another letter to the minister.", "en"));
    }

    [Fact]
    public void A_role_alias_in_the_plural_is_a_title_not_the_person_s_genitive()
    {
        var extractor = new RuleExtractor(new ActorLexicon([
            new KnownActor("mary-collins", "Mary Collins", "person", "f", ["the senator"]),
            new KnownActor("tom-baker", "Tom Baker", "person", "m", []),
            new KnownActor("letter", "Letter on rail funding", "document", null, ["the letter"]),
        ]));
        var found = extractor.Extract("Senators Mary Collins and Tom Baker signed the letter.", "en");
        Assert.Equal(["mary-collins", "tom-baker"], found.Where(r => r.Relation == RelationType.Signed).Select(r => r.Source).Order());
    }

    private static readonly RuleExtractor TwoLetters = new(new ActorLexicon([
        new KnownActor("mary-collins", "Mary Collins", "person", "f", []),
        new KnownActor("tom-baker", "Tom Baker", "person", "m", []),
        new KnownActor("ruth-ellis", "Ruth Ellis", "person", "f", []),
        new KnownActor("grid-letter", "Letter to the Secretary of Energy on grid funding", "document", null, ["a letter", "the letter", "another letter"]),
        new KnownActor("visa-letter", "Letter to the Secretary of State on visas", "document", null, ["a letter", "the letter", "another letter"]),
    ]));

    [Theory]
    [InlineData("In March, Mary Collins and Tom Baker sent a letter to the Secretary of Energy about grid funding. In June, Ruth Ellis wrote a letter to the Secretary of State on visas.",
        "mary-collins grid-letter", "ruth-ellis visa-letter", "tom-baker grid-letter")]
    [InlineData("Mary Collins sent a letter on grid funding to the Secretary of Energy. The letter was also signed by Tom Baker. Later, Ruth Ellis sent another letter.",
        "mary-collins grid-letter", "ruth-ellis visa-letter", "tom-baker grid-letter")]
    [InlineData("Mary Collins and Tom Baker sent a letter on Monday.")]
    public void Documents_that_share_an_alias_are_told_apart_by_their_context(string text, params string[] expected) =>
        Assert.Equal(expected.Order(), TwoLetters.Extract(text, "en").Where(r => r.Relation == RelationType.Signed).Select(r => $"{r.Source} {r.Target}").Order());

    private static readonly RuleExtractor MotionAndCharter = new(new ActorLexicon([
        .. People,
        new KnownActor("motion", "Antrag Nachtzüge", "document", null, ["Antrag", "Motion on night trains"]),
        new KnownActor("charter", "Charta für Nachtzüge", "document", null, ["Charta", "der Charta", "Night Train Charter", "the charter"]),
    ]));

    [Theory]
    [InlineData("de", "Antrag Nachtzüge\n\nDie Bürgerschaft möge beschließen: Der Senat wird aufgefordert, der Charta für Nachtzüge beizutreten.\n\nAnna Berger, Markus Hahn, Lea Krüger und Fraktion\n",
        "anna-berger motion", "lea-krueger motion", "markus-hahn motion")]
    [InlineData("en", "Motion on night trains\n\nThat this House calls on the Government to sign the Night Train Charter.\n\nMary Collins\nTom Baker\nRuth Ellis\n",
        "mary-collins motion", "ruth-ellis motion", "tom-baker motion")]
    // A signing reported after the title: the names go on listing its signers.
    [InlineData("de", "Antrag Nachtzüge\n\nDie Charta haben viele Abgeordnete unterzeichnet.\n\nAnna Berger, Markus Hahn, Lea Krüger\n",
        "anna-berger charter", "lea-krueger charter", "markus-hahn charter")]
    [InlineData("en", "Motion on night trains\n\nMany MPs have signed the charter. The signatories:\nMary Collins\nTom Baker\nRuth Ellis\n",
        "mary-collins charter", "ruth-ellis charter", "tom-baker charter")]
    public void A_signature_block_signs_the_document_titled_above_its_text_not_one_the_text_names(string language, string text, params string[] expected) =>
        Assert.Equal(expected.Order(), MotionAndCharter.Extract(text, language).Where(r => r.Relation == RelationType.Signed).Select(r => $"{r.Source} {r.Target}").Order());

    [Fact]
    public void A_description_the_actors_file_gives_as_alias_continues_the_list()
    {
        var extractor = new RuleExtractor(new ActorLexicon([
            new KnownActor("anna-berger", "Anna Berger", "person", "f", ["die Vorsitzende des Vereins"]),
            new KnownActor("markus-hahn", "Markus Hahn", "person", "m", ["der Bürgermeister von Bonn"]),
            new KnownActor("lea-krueger", "Lea Krüger", "person", "f", []),
            new KnownActor("letter", "Open letter", "document", null, ["Brief"]),
        ]));
        var found = extractor.Extract("Den Brief unterzeichneten Anna Berger, die Vorsitzende des Vereins, Markus Hahn, der Bürgermeister von Bonn, und Lea Krüger.", "de");
        Assert.Equal(["anna-berger", "lea-krueger", "markus-hahn"], found.Where(r => r.Relation == RelationType.Signed).Select(r => r.Source).Order());
    }

    [Fact]
    public void A_document_alias_that_is_a_headline_names_its_author()
    {
        var extractor = new RuleExtractor(new ActorLexicon([
            new KnownActor("mary-collins", "Mary Collins", "person", "f", []),
            new KnownActor("tom-baker", "Tom Baker", "person", "m", []),
            new KnownActor("rail-letter", "Collins letter on rail funding", "document", null, ["Letter from Sen. Mary Collins to Tom Baker"]),
        ]));
        var found = extractor.Extract("Letter from Sen. Mary Collins to Tom Baker about rail funding\nThe senator asks for more trains.", "en");
        Assert.Equal(["mary-collins rail-letter"], found.Where(r => r.Relation == RelationType.Signed).Select(r => $"{r.Source} {r.Target}"));
    }

    [Fact]
    public void Writing_a_letter_to_someone_tags_no_one()
    {
        var found = Extractor.Extract("Anna Berger und Markus Hahn schrieben einen Brief an Klaus Meier.", "de");
        Assert.DoesNotContain(found, r => r.Relation == RelationType.Tagged);
    }

    [Theory]
    [InlineData("en", "Dear Mary Collins, Tom Baker and Ruth Ellis:\nWe write about the letter on trains.")]
    [InlineData("en", "Thank you for your letter on trains. The committee does not support co-signing your letter.\nYours sincerely,\nPeter Quinn")]
    [InlineData("en", "Here is the full list of who signed:\nMary Collins said on Monday that Tom Baker had asked her.")]
    [InlineData("en", "The letter was published on Monday. Mary Collins, Tom Baker and Ruth Ellis said they had not seen it.")]
    [InlineData("en", "Most senators signed the letter. Here is a list of the senators who did not sign the letter.\n1) Mary Collins (D-MT)\n2) Tom Baker (R-TN)\n3) Ruth Ellis (D-OH)")]
    [InlineData("en", "There was no letter from Tom Baker, and Mary Collins did not write one.")]
    [InlineData("en", "Twelve senators signed the letter. Mary Collins and Tom Baker, however, criticised it.")]
    [InlineData("en", "The letter is addressed to Tom Baker. They include Mary Collins in the list of critics.")]
    [InlineData("de", "In der Erklärung geht es um den gemeinsamen Kandidaten von Anna Berger und Markus Hahn.")]
    [InlineData("en", "The letter was published on Monday. The MPs who voted for the amendment are listed below:\n\nMary Collins\n\nTom Baker\n\nRuth Ellis\n")]
    [InlineData("en", "Mary Collins met Tom Baker on Monday. \"We are concerned,\" they wrote in a letter.")]
    [InlineData("en", "Open letter\n\nWe ask the minister to fund the railways.\n\nCritics: Mary Collins, Tom Baker\nContact: Ruth Ellis\n")]
    [InlineData("de", "Offener Brief\n\nWir fordern mehr Züge.\n\nPresse: Anna Berger, Markus Hahn\n")]
    [InlineData("en", "Open letter on rail funding: why we need more trains now\n\nMary Collins met Tom Baker on Monday.\n")]
    [InlineData("en", "Rail funding: why we need more trains now\nMary Collins and Tom Baker\n\nWe need trains.\n")]
    public void Names_that_are_no_signers_sign_nothing(string language, string text) => Assert.Empty(Signers(text, language));

    [Fact]
    public void The_evidence_runs_from_the_opening_line_to_the_name_and_is_in_the_text()
    {
        const string text = "The signatories:\nMary Collins\nTom Baker";
        var baker = Assert.Single(Extractor.Extract(text, "en"), r => r.Source == "tom-baker");
        Assert.Equal(text, baker.Evidence);
    }
}
