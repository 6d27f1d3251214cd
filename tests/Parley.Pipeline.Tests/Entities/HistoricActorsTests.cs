using Parley.Core;

namespace Parley.Pipeline.Tests.Entities;

/// <summary>
/// Articles of the 1980s-2000s name the parties, movements and leaders of their day: each is coded with its country
/// (and a leader with the office held on the article's date), whatever the sentence's other places say.
/// </summary>
public sealed class HistoricActorsTests
{
    private static Document Run(string text, string published) =>
        PipelineCatalog.Default.Run(new Article("test", text)
        {
            Published = new Publication(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), null, PublishedSource.Option),
        });

    /// <summary>The actor code of the entity whose name is <paramref name="name"/>, or "none".</summary>
    private static string ActorOf(Document document, string name)
    {
        foreach (var e in document.Entities)
            if (e.Name == name)
                return e.Actor?.Code ?? "none";
        return "missing";
    }

    [Theory]
    [InlineData("The African National Congress suspended its armed struggle after talks in Pretoria.", "1990-08-07", "African National Congress", "ZAF")]
    [InlineData("Renamo guerrillas blew up a power line outside Beira overnight.", "1989-03-02", "Renamo", "MOZREB")]
    [InlineData("Leaders of the Kurdistan Democratic Party met Turkish officials in Ankara.", "1996-09-10", "Kurdistan Democratic Party", "IRQ")]
    [InlineData("Ennahda said hundreds of its members had been jailed in Tunis.", "1992-05-11", "Ennahda", "TUN")]
    [InlineData("Police in Lima blamed the Tupac Amaru Revolutionary Movement for the kidnapping.", "1996-12-20", "Tupac Amaru Revolutionary Movement", "PERREB")]
    [InlineData("SWAPO won a majority in the constituent assembly elections held in Windhoek.", "1989-11-15", "SWAPO", "NAM")]
    [InlineData("The Free Aceh Movement accused soldiers of burning villages near Lhokseumawe.", "2003-06-02", "Free Aceh Movement", "IDNREB")]
    [InlineData("The Mothers of the Plaza de Mayo marched again outside the presidential palace.", "1987-04-30", "Mothers of the Plaza de Mayo", "ARG")]
    [InlineData("Khmer Rouge fighters shelled a government outpost near Pailin.", "1994-02-19", "Khmer Rouge", "KHMREB")]
    // a movement's name that starts with a country written with its article stays whole
    [InlineData("Negotiators for the Sudan People's Liberation Movement arrived in Nairobi.", "2004-05-26", "Sudan People's Liberation Army", "SDNREB")]
    // the singular modifier form of a movement's plural alias
    [InlineData("A Tamil Tiger suicide squad struck a navy base in Trincomalee.", "2006-10-18", "Liberation Tigers of Tamil Eelam", "LKAREB")]
    public void Parties_and_movements_of_their_day_carry_their_country(string text, string published, string name, string actor) =>
        Assert.Equal(actor, ActorOf(Run(text, published), name));

    [Theory]
    [InlineData("Daniel arap Moi told a rally in Nakuru that multiparty politics would bring tribal strife.", "1991-07-04", "Daniel arap Moi", "KENGOV")]
    [InlineData("Ali Abdullah Saleh flew to Aden to meet southern leaders.", "1993-11-20", "Ali Abdullah Saleh", "YEMGOV")]
    [InlineData("Khaleda Zia called early elections after months of opposition strikes.", "1995-11-24", "Khaleda Zia", "BGDGOV")]
    [InlineData("Rauf Denktash walked out of the talks in New York.", "2004-03-31", "Rauf Denktaş", "CYPGOV")]
    [InlineData("Jamil Mahuad declared a bank holiday as the sucre collapsed.", "1999-03-08", "Jamil Mahuad", "ECUGOV")]
    [InlineData("General Wiranto ordered troops back to their barracks in Jakarta.", "1998-05-22", "Wiranto", "IDNMIL")]
    [InlineData("Benazir Bhutto was sworn in for a second term in Islamabad.", "1993-10-19", "Benazir Bhutto", "PAKGOV")]
    [InlineData("Roh Tae-woo promised direct presidential elections.", "1989-06-29", "Roh Tae-woo", "KORGOV")]
    public void Leaders_of_their_day_carry_the_office_held_then(string text, string published, string name, string actor) =>
        Assert.Equal(actor, ActorOf(Run(text, published), name));

    [Theory]
    [InlineData("King Gyanendra dismissed the cabinet and took executive power in Kathmandu.", "2005-02-01", "Gyanendra Bir Bikram Shah Dev", "NPL")]
    [InlineData("Oliver Tambo addressed the exiled movement's conference in Lusaka.", "1985-06-20", "Oliver Tambo", "ZAF")]
    [InlineData("Police detained Morgan Tsvangirai outside a polling station in Harare.", "2002-03-11", "Morgan Tsvangirai", "ZWE")]
    [InlineData("Shamil Basayev claimed responsibility for the raid on the school.", "2004-09-17", "Shamil Basayev", "RUS")]
    [InlineData("Gulbuddin Hekmatyar's fighters shelled Kabul from the south for a week.", "1994-01-12", "Gulbuddin Hekmatyar", "AFG")]
    [InlineData("Dissidents said Deng Xiaoping had approved the crackdown himself.", "1989-06-10", "Deng Xiaoping", "CHN")]
    [InlineData("Radovan Karadzic rejected the map drawn by the mediators.", "1994-07-20", "Radovan Karadžić", "BIH")]
    [InlineData("Manuel Marulanda sent a letter to the peace commissioner in Bogota.", "1999-01-07", "Manuel Marulanda", "COL")]
    [InlineData("Walid Jumblatt told reporters in Beirut that the Druze would not disarm.", "1991-03-28", "Walid Jumblatt", "LBN")]
    [InlineData("Osama bin Laden praised the attacks in a recorded message.", "2004-10-29", "Osama bin Laden", "IMG")]
    public void Monarchs_party_and_armed_group_leaders_of_their_day_carry_their_country(string text, string published, string name, string country) =>
        Assert.StartsWith(country, ActorOf(Run(text, published), name), StringComparison.Ordinal);

    [Theory]
    [InlineData("ECOMOG troops pushed the rebels out of the port in Monrovia.", "1996-05-02", "ECOMOG", "IGOMIL")]
    [InlineData("Poland asked the Paris Club to cancel half of what it owed.", "1991-03-14", "Paris Club", "IGO")]
    [InlineData("UNPROFOR commanders said convoys could not reach the enclave.", "1993-04-05", "UNPROFOR", "IGOMIL")]
    [InlineData("The International Criminal Tribunal for Rwanda convicted a former mayor of genocide.", "1998-09-02", "International Criminal Tribunal for Rwanda", "IGOJUD")]
    [InlineData("Carla Del Ponte demanded that Zagreb arrest the fugitive general.", "2005-03-16", "Carla Del Ponte", "IGOJUD")]
    [InlineData("Lord Owen flew to Belgrade with a revised map.", "1993-02-10", "David Owen", "IGOGOV")]
    [InlineData("Sadako Ogata warned that the camps in Goma could not cope.", "1994-07-22", "Sadako Ogata", "IGOGOV")]
    [InlineData("KFOR soldiers separated the crowds on the bridge in Mitrovica.", "2000-02-14", "KFOR", "IGOMIL")]
    public void Missions_tribunals_and_creditor_clubs_are_international(string text, string published, string name, string actor) =>
        Assert.Equal(actor, ActorOf(Run(text, published), name));

    [Theory]
    [InlineData("Sheikh Hamad bin Khalifa al-Thani opened the new gas terminal at Ras Laffan.", "2001-02-12", "Hamad bin Khalifa Al Thani", "QATGOV")]
    [InlineData("Hans-Dietrich Genscher flew to Warsaw to discuss the border treaty.", "1990-06-20", "Hans-Dietrich Genscher", "DEUGOV")]
    [InlineData("Lansana Conte appointed a new army chief after the mutiny.", "1996-02-09", "Lansana Conté", "GINGOV")]
    [InlineData("Fidel Castro spoke for four hours in Revolution Square.", "1994-07-26", "Fidel Castro", "CUBGOV")]
    [InlineData("Ali Alatas met the Portuguese envoy in New York to discuss East Timor.", "1997-03-21", "Ali Alatas", "IDNGOV")]
    [InlineData("Yulia Tymoshenko announced that gas prices would not rise this winter.", "2008-10-02", "Yulia Tymoshenko", "UKRGOV")]
    [InlineData("Tariq Aziz handed a letter from Saddam to the Soviet leader.", "1991-02-18", "Tariq Aziz", "IRQGOV")]
    [InlineData("Felipe Calderon sent federal police to Ciudad Juarez.", "2009-03-01", "Felipe Calderón", "MEXGOV")]
    [InlineData("Afonso Dhlakama ordered his men to stop attacking trains on the Beira line.", "1991-11-15", "Afonso Dhlakama", "MOZREB")]
    [InlineData("Amr Moussa called an emergency meeting of the Arab League in Cairo.", "2006-07-15", "Amr Moussa", "IGOGOV")]
    [InlineData("Bettino Craxi told the Socialist congress that the coalition would hold.", "1986-04-02", "Bettino Craxi", "ITAGOV")]
    [InlineData("Charles Haughey flew to London for talks on the border.", "1988-11-03", "Charles Haughey", "IRLGOV")]
    [InlineData("Ian Paisley led a march through Portadown.", "1996-07-07", "Ian Paisley", "GBROPP")]
    [InlineData("Kurt Waldheim denied any part in wartime deportations.", "1987-04-28", "Kurt Waldheim", "AUTGOV")]
    public void Heads_of_state_and_ministers_of_1985_to_2010_carry_the_office_held_then(string text, string published, string name, string actor) =>
        Assert.Equal(actor, ActorOf(Run(text, published), name));

    [Theory]
    [InlineData("Police found a Red Brigades hideout in a flat outside Genoa.", "1981-01-08", "Red Brigades", "ITAREB")]
    [InlineData("Jemaah Islamiyah recruited students at boarding schools in Java.", "2003-08-14", "Jemaah Islamiyah", "IDNREB")]
    [InlineData("Leaders of the Armed Islamic Group rejected the amnesty.", "1999-07-15", "Armed Islamic Group", "DZAREB")]
    [InlineData("The Mujahedin-e-Khalq claimed mortar attacks on Tehran.", "2000-03-13", "People's Mojahedin Organization of Iran", "IRNREB")]
    [InlineData("Fighters of the Movement for the Liberation of Congo looted Bangui.", "2002-11-01", "Movement for the Liberation of Congo", "CODREB")]
    [InlineData("Inkatha said its members would boycott the talks in Kempton Park.", "1993-07-02", "Inkatha Freedom Party", "ZAF")]
    [InlineData("LURD fighters shelled the port of Monrovia.", "2003-07-21", "LURD", "LBRREB")]
    [InlineData("The Justice and Equality Movement attacked Omdurman.", "2008-05-10", "Justice and Equality Movement", "SDNREB")]
    [InlineData("The South Lebanon Army withdrew from its positions near Marjayoun.", "2000-05-22", "South Lebanon Army", "LBNMIL")]
    [InlineData("The FMLN offensive reached the wealthy districts of San Salvador.", "1989-11-20", "FMLN", "SLVREB")]
    [InlineData("The Zapatistas freed the former governor in Chiapas.", "1994-02-16", "Zapatista National Liberation Army", "MEXREB")]
    [InlineData("The Yugoslav People's Army pulled out of Slovenia.", "1991-07-18", "Yugoslav People's Army", "SRBMIL")]
    [InlineData("Mahdi Army fighters clashed with police in Basra.", "2008-03-26", "Mahdi Army", "IRQREB")]
    [InlineData("The Haqqani network claimed the attack on the hotel.", "2011-06-29", "Haqqani network", "AFGREB")]
    [InlineData("Northern Alliance commanders entered Kabul at dawn.", "2001-11-13", "Northern Alliance", "AFGREB")]
    [InlineData("The Iraqi Governing Council named a new cabinet.", "2003-09-01", "Iraqi Governing Council", "IRQGOV")]
    [InlineData("The Free Syrian Army said it had shot down a helicopter.", "2012-08-27", "Free Syrian Army", "SYRREB")]
    public void Armed_and_party_movements_of_1980_to_2010_carry_their_country(string text, string published, string name, string actor) =>
        Assert.Equal(actor, ActorOf(Run(text, published), name));

    [Theory]
    [InlineData("The Sejm voted to lift the ban on the union.", "1989-04-07", "Sejm", "POLLEG")]
    [InlineData("Stasi officers shredded files at the ministry in Leipzig.", "1989-12-05", "Stasi", "DEUSPY")]
    [InlineData("The KGB expelled two American diplomats.", "1986-10-19", "KGB", "RUSSPY")]
    [InlineData("Iraqi Republican Guard divisions dug in south of Baghdad.", "1991-02-20", "Iraqi Republican Guard", "IRQMIL")]
    [InlineData("The Guardia Civil arrested three suspects in Bilbao.", "1997-07-14", "Guardia Civil", "ESPCOP")]
    [InlineData("The Institutional Revolutionary Party lost its majority in the lower house.", "1997-07-07", "Institutional Revolutionary Party", "MEX")]
    [InlineData("Kuomintang legislators walked out of the chamber.", "2004-03-22", "Kuomintang", "TWN")]
    [InlineData("Sinn Fein said the weapons would be put beyond use.", "2005-07-28", "Sinn Féin", "GBR")]
    [InlineData("SLORC released the opposition leader from house arrest.", "1995-07-10", "SLORC", "MMRMIL")]
    [InlineData("The Pakistan Peoples Party called a strike in Karachi.", "1999-10-20", "Pakistan Peoples Party", "PAK")]
    public void State_bodies_and_parties_of_their_day_carry_their_country(string text, string published, string name, string actor) =>
        Assert.Equal(actor, ActorOf(Run(text, published), name));
}
