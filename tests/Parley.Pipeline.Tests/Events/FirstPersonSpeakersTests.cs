namespace Parley.Pipeline.Tests.Events;

/// <summary>"I" and "we" in a quote are its speaker, never another actor their clause names.</summary>
public sealed class FirstPersonSpeakersTests
{
    [Theory]
    [InlineData("\"We condemn Israel and we will reject the plan,\" Iran's foreign minister said.", "REJECT", "IRN")]
    [InlineData("\"I ask the junta to free the prisoners and reiterate my willingness to go to Myanmar,\" the U.N. envoy said.", "AGREE", "IGO")]
    [InlineData("Armenia's prime minister said, we are open for dialogue without preconditions.", "AGREE", "ARM")]
    [InlineData("\"We thank Japan and we will reject any pressure,\" South Korea's president said.", "REJECT", "KOR")]
    [InlineData("\"We thank Egypt and we reject the proposal,\" Israel's defence minister said.", "REJECT", "ISR")]
    [InlineData("Kenya's president said, we are ready for talks with the rebels.", "AGREE", "KEN")]
    public void A_first_person_subject_in_a_quote_is_its_speaker(string text, string plover, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    // A verb conjoined by "and" to one whose subject is "we" or "I" has that subject too.
    [InlineData("“We condemn the shelling of Kharkiv and urge Russia to stop,” Polish Prime Minister Donald Tusk said.", "REQUEST", "POL")]
    [InlineData("“I welcome the talks and reject any pressure from Ankara,” Greek Prime Minister Kyriakos Mitsotakis said.", "REJECT", "GRC")]
    [InlineData("“We have studied the offer carefully and accept the proposal of Egypt,” Sudanese General Abdel Fattah al-Burhan said.", "AGREE", "SDN")]
    // Any reporting verb after the quote names its speaker: "tweeted", "insisted", "declared".
    [InlineData("“We will reject the ultimatum of Moscow,” Ukrainian President Volodymyr Zelenskyy tweeted.", "REJECT", "UKR")]
    [InlineData("“We will never accept the annexation by Russia,” Estonian Prime Minister Kristen Michal insisted.", "REJECT", "EST")]
    [InlineData("“I urge Serbia to lower tensions,” Kosovo President Vjosa Osmani declared on Sunday.", "REQUEST", "XKX")]
    // A long object before the "and" keeps the first person: "We welcome ... of the two neighbouring countries and ...".
    [InlineData("“We welcome the release of the prisoners held by the militias of the two neighbouring countries and urge Libya to free the rest,” Tunisian President Kais Saied said.", "REQUEST", "TUN")]
    public void A_conjoined_or_tweeted_first_person_act_is_the_speakers(string text, string plover, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    // Another subject after the first person ends its reach: "they", a relative clause.
    [InlineData("“We know that they attacked Kharkiv and urged Russia to strike,” Polish Prime Minister Donald Tusk said.")]
    [InlineData("“We thank the envoy who visited Goma and urged Rwanda to withdraw,” Polish Prime Minister Donald Tusk said.")]
    public void A_conjoined_verb_after_another_subject_is_not_the_speakers(string text) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "REQUEST" && EventTestDocuments.Countries(e.Source) == "POL");

    [Theory]
    [InlineData("\"We condemn Israel and we reject the occupation,\" a minister said.", "ISR")]
    [InlineData("\"We thank Japan and we will never accept the deal,\" an official said.", "JPN")]
    public void An_untold_speaker_is_not_replaced_by_the_actor_the_quote_names(string text, string wrong) =>
        Assert.DoesNotContain(EventTestDocuments.Run(text).Events, e => e.Plover == "REJECT" && EventTestDocuments.Countries(e.Source) == wrong);

    [Theory]
    // Round 20: an editor's bracketed pronoun ("[We]", "(I)") is the subject as written.
    [InlineData("\"[We] urge the Ethiopian side to withdraw its troops from the border,\" Eritrea's information minister said.", "REQUEST", "ERI")]
    [InlineData("\"(We) will reject any deal that divides the island,\" Cyprus's president told reporters.", "REJECT", "CYP")]
    [InlineData("“[I] condemn the shelling of Sumy in the strongest terms,” Ukrainian President Volodymyr Zelenskyy said.", "ACCUSE", "UKR")]
    [InlineData("“(We) demand that Rwanda stop arming the rebels,” Congolese President Felix Tshisekedi said on Monday.", "REQUEST", "COD")]
    [InlineData("“[We] have agreed to resume talks with Armenia,” Azerbaijan's foreign minister said.", "AGREE", "AZE")]
    [InlineData("Peru's foreign minister said: “[We] reject the decision of the Bolivian court.”", "REJECT", "PER")]
    public void A_bracketed_first_person_subject_is_the_speaker(string text, string plover, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    // Round 20: "our government", "my country" as a quote's subject is the speaker's own state.
    [InlineData("\"Our government will never accept the annexation of Crimea,\" Ukraine's foreign minister said.", "REJECT", "UKR")]
    [InlineData("“Our country will not accept any pressure from Washington,” Venezuelan President Nicolas Maduro said.", "REJECT", "VEN")]
    [InlineData("“My government strongly condemns the raid on the embassy,” Mexico's foreign minister said on Friday.", "ACCUSE", "MEX")]
    [InlineData("“Our nation will always support the people of Palestine,” the Malaysian prime minister Anwar Ibrahim said.", "SUPPORT", "MYS")]
    [InlineData("Serbia's president said: “My country will never recognise the independence of Kosovo.”", "REJECT", "SRB")]
    [InlineData("“Our administration has asked Canada to extradite the suspect,” U.S. Attorney General Pam Bondi said.", "REQUEST", "USA")]
    public void Our_government_in_a_quote_is_the_speakers_state(string text, string plover, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);

    [Theory]
    // Round 33: an adverb that does not end in -ly ("now", "already", "hereby", "just") keeps "we" or "I" the subject.
    [InlineData("“We have now suspended our membership in the pact,” Georgian Prime Minister Irakli Kobakhidze said.", "SANCTION", "GEO")]
    [InlineData("“We have already rejected the offer from Baku,” Armenian Prime Minister Nikol Pashinyan said on Monday.", "REJECT", "ARM")]
    [InlineData("“I hereby urge Rwanda to pull its troops out of Goma,” Congolese President Felix Tshisekedi said.", "REQUEST", "COD")]
    [InlineData("“We have just agreed to resume talks with Serbia,” Kosovo President Vjosa Osmani told reporters.", "AGREE", "XKX")]
    [InlineData("Georgian Prime Minister Irakli Kobakhidze spoke in Tbilisi on Tuesday. “We have now suspended our membership in the pact,” he said.", "SANCTION", "GEO")]
    public void A_first_person_subject_past_an_adverb_is_the_speaker(string text, string plover, string source) =>
        Assert.Contains(EventTestDocuments.Run(text).Events, e => e.Plover == plover && EventTestDocuments.Countries(e.Source) == source);
}
