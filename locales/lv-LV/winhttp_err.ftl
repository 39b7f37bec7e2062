### WinHTTP kļūdu kodu apraksti (lv-LV).
### Katram kļūdas kodam viens ziņojums, sakārtoti pēc koda skaitļa. Ziņojuma
### ID ir simboliskās konstantes nosaukums mazajiem burtiem, kurā „_“ aizstāta
### ar „-“.
### Katra ziņojuma vērtība ir izstrādātājiem paredzēts tehnisks apraksts: viena
### rindiņa bez mainīgajiem, jo tā tiek rādīta nemainīta dialoglodziņos un
### žurnāla rindiņās. Funkciju, metožu, opciju, makro un konstanšu nosaukumi
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH…) ir API identifikatori: tos
### nekad netulko un nemaina.
###
### Galalietotāja teksti. Bez vērtības (apraksta izstrādātājam) katram kodam ir
### trīs atribūti, kas rakstīti cilvēkam, kurš nav programmētājs:
###   .title         Dialoglodziņa virsraksts (Windows uzdevumu dialoglodziņa
###                  galvenā instrukcija): kas notika nepareizi, ne vairāk kā
###                  60 rakstzīmes, lielais burts tikai pirmajam vārdam, beigās
###                  nav punkta.
###   .summary       Teksts zem virsraksta: viens vai divi vienkārši teikumi par
###                  to, kas notika, ne vairāk kā 200 rakstzīmes, beigās punkts.
###                  Tam jābūt saprotamam arī bez servera nosaukuma.
###   .summary-host  Tas pats kopsavilkums ar servera nosaukumu: { $host }
###                  tieši vienu reizi, ne vairāk kā 200 rakstzīmes, ja $host
###                  ir „example.com“.
### $host ir servera nosaukums tādā veidā, kā to zina lietojumprogramma,
### piemēram, „example.com“, „intranet.corp.local“ vai IP adrese, piemēram,
### 192.0.2.10. Tas nekad nav tukšs: ja nosaukuma nav, tiek rādīts .summary.
### Nosaukumam nekad nepievieno galotni vai piedēkli (nevis „{ $host }-am“,
### nevis „{ $host }’a“), jo pareizā forma ir atkarīga no tā, kā nosaukumu
### izrunā. Locījumu saņem lietvārds pielikumā: „serveris { $host }“,
### „serverim { $host }“, „ar serveri { $host }“, „no servera { $host }“,
### „servera { $host } sertifikāts“.
### Padomi (hint-*, ne vairāk kā 100 rakstzīmes) tiek rādīti kā saraksts zem
### kopsavilkuma; kurus padomus saņem kods, nosaka katalogs (src/catalog.rs)
### visās valodās vienādi, tāpēc kopsavilkums pasaka, kas notika, un
### neatkārto padomus. Sertifikātu rindiņas (cert-flag-*) ir ne garākas par
### 120 rakstzīmēm, nezināma koda teksti (unknown-code) ne garāki par 200.
### Šajās daļās nedrīkst būt neviena API identifikatora: ne konstantes,
### funkcijas, metodes vai opcijas nosaukuma, ne „_“, „WinHTTP“/„WinHttp“,
### „handle“, „callback“, „PAC“, ne „{“, izņemot dokumentētos mainīgos. Tam ir
### paredzēts apraksts. Priekšroka ir ikdienas vārdiem („drošs savienojums“,
### nevis TLS/SSL; „starpniekservera iestatīšanas skripts“, nevis PAC fails,
### kā Windows starpniekservera iestatījumos).
### Ja bibliotēku nepareizi izmantoja pati lietojumprogramma (novecojuši,
### rezervēti un „lietojuma“ kodi), teksts vienkārši pasaka, ka
### lietojumprogrammā radās iekšēja problēma; lietotāju nekad nevaino. Drošības
### kļūmju gadījumā nekad neiesaka apiet drošību, ignorēt kļūdu vai turpināt
### tik un tā.
### Uzruna: kā Windows latviešu versijā, pieklājīgā daudzskaitļa forma
### („Pārbaudiet…“, „Restartējiet…“, „jūsu dators“), vietniekvārdu „jūs“
### raksta ar mazo burtu.
###
### GLOSĀRIJS (Microsoft latviešu terminoloģija, pēc Windows ziņojumiem):
###   server          = „serveris“; host = „resursdators“ aprakstos (Windows:
###                     „attālais resursdators“), lietotājam vienmēr „serveris“.
###   proxy           = „starpniekserveris“; „starpniekservera iestatījumi“.
###   PAC file        = „PAC fails“ (tikai aprakstos); lietotājam
###                     „starpniekservera iestatīšanas skripts“ (Windows:
###                     „Izmantot iestatīšanas skriptu“).
###   certificate     = „sertifikāts“; servera sertifikāts = „drošības
###                     sertifikāts“, klienta sertifikāts = „sertifikāts, kas
###                     jūs identificē“.
###   certification authority = „sertificēšanas iestāde“; revoked =
###                     „atsaukts“; revocation server = „atsaukšanas serveris“
###                     (lietotājam: „serveris, kas ziņo par atsauktiem
###                     sertifikātiem“); private key = „privātā atslēga“.
###   secure connection = „drošs savienojums“; secure channel = „drošais
###                     kanāls“ (apraksts).
###   firewall        = „ugunsmūris“; antivirus program = „pretvīrusu programma“.
###   request         = „pieprasījums“; response = „atbilde“; header = „galvene“.
###   redirect        = „novirzīšana“.
###   handle          = „turis“ (Windows: „Turis nav derīgs.“), tikai aprakstos.
###   callback        = „atzvanīšana“, „atzvanīšanas funkcija“, tikai aprakstos.
###   socket          = „sokets“ (Winsock apraksti); Winsock = „Winsock“.
###   timeout         = „noildze“ (virsraksts: „Savienojuma noildze“).
###   error           = „kļūda“; internal application error =
###                     „Lietojumprogrammas iekšēja kļūda“.
###   connection refused = „serveris atteica savienojumu“; connection
###                     reset/aborted = „Savienojums tika pārtraukts“.
###   name server     = „nosaukumu serveris“; name resolution = „nosaukumu
###                     atrisināšana“.
###   sign-in         = „pierakstīšanās“; user name = „lietotājvārds“.
###   web address     = „tīmekļa adrese“; website = „tīmekļa vietne“.
###   feature         = „līdzeklis“; application = „lietojumprogramma“
###                     (Microsoft kļūdu ziņojumu termins; ne „lietotne“, kas
###                     Windows nozīmē veikala lietotni);
###                     network administrator = „tīkla administrators“.
### Tipogrāfija: pēdiņas „…“ (latviešu tipogrāfijas apakšējā un augšējā
### pēdiņa, nekad taisnās pēdiņas; ievietotām pēdiņām '…'); domuzīme ar atstarpēm (–); pirms pieturzīmēm atstarpes nav;
### apostrofu latviešu tekstā neizmanto.

## Vispārīgas Windows kļūdas (winerror.h), ko atgriež arī WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser un citas iestatījumu lasīšanas funkcijas to atgriež,
# ja meklētais saglabātais iestatījums vai fails neeksistē.
error-file-not-found = Sistēma nevar atrast norādīto failu: funkcijas meklētais iestatījums, fails vai reģistra vērtība neeksistē.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: nevarēja atrast nepieciešamu iestatījumu vai failu.
    .summary-host = Lietojumprogrammā radās iekšēja problēma, veidojot savienojumu ar serveri { $host }: nevarēja atrast nepieciešamu iestatījumu vai failu.
# 6
error-invalid-handle = API nodotais turis ir padarīts nederīgs vai aizvērts.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā mēģināja izmantot savienojumu, kas jau bija aizvērts.
    .summary-host = Lietojumprogrammā radās iekšēja problēma: tā mēģināja izmantot jau aizvērtu savienojumu ar serveri { $host }.
# 8
error-not-enough-memory = Pieprasītās darbības pabeigšanai nepietiek atmiņas.
    .title = Nepietiek atmiņas
    .summary = Datoram beidzās pieejamā atmiņa, pirms varēja pabeigt pieprasījumu.
    .summary-host = Datoram beidzās pieejamā atmiņa, pirms varēja pabeigt pieprasījumu serverim { $host }.
# 18
error-no-more-files = Vairs nav failu.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma, lasot pieprasījuma rezultātus.
    .summary-host = Lietojumprogrammā radās iekšēja problēma, lasot serverim { $host } nosūtītā pieprasījuma rezultātus.
# 50 — nevarēja startēt Windows tīkla darbību (Winsock).
error-not-supported = Nepieciešamais protokolu steks nav ielādēts, un lietojumprogramma nevar startēt Winsock.
    .title = Tīkla funkcijas nav pieejamas
    .summary = Šajā datorā nevarēja startēt tīkla komponentus, kas nepieciešami šai lietojumprogrammai.
    .summary-host = Šajā datorā nevarēja startēt tīkla komponentus, kas nepieciešami savienojumam ar serveri { $host }.
# 87 — piemēram, WinHttpCrackUrl saņem struktūru URL_COMPONENTS ar nepareizu dwStructSize.
error-invalid-parameter = Parametrs nav pareizs: kāds no funkcijai nodotajiem argumentiem nav derīgs (piemēram, NULL rādītājs, nepareizs struktūras lielums vai pretrunīgi karodziņi).
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā nodeva tīkla komponentam nederīgu informāciju.
    .summary-host = Lietojumprogrammā radās iekšēja problēma, veidojot savienojumu ar serveri { $host }: tā nodeva tīkla komponentam nederīgu informāciju.
# 122
error-insufficient-buffer = Funkcijai nodotais buferis ir pārāk mazs atgriežamajiem datiem. Detalizētu informāciju skatiet konkrētās funkcijas dokumentācijā.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā nerezervēja pietiekami daudz vietas saņemtajiem datiem.
    .summary-host = Lietojumprogrammā radās iekšēja problēma: tā nerezervēja pietiekami daudz vietas no servera { $host } saņemtajiem datiem.
# 259
error-no-more-items = Vairs nav vienumu.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma, lasot rezultātu sarakstu.
    .summary-host = Lietojumprogrammā radās iekšēja problēma, lasot no servera { $host } saņemto rezultātu sarakstu.

# 997 — WinHttpGetProxyForUrlEx un WebSocket funkcijas to atgriež, kad darbs turpinās
# asinhroni; kļūme tā kļūst tikai tad, ja to apstrādā kā kļūmi.
error-io-pending = Notiek pārklāta ievades/izvades darbība: funkcija turpinās asinhroni un ziņo rezultātu, izmantojot statusa atzvanīšanu.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā uzskatīja pieprasījumu, kas vēl tika apstrādāts, par neizdevušos.
    .summary-host = Lietojumprogrammā radās iekšēja problēma: tā uzskatīja pieprasījumu serverim { $host }, kas vēl tika apstrādāts, par neizdevušos.
# 1168
error-not-found = Elements nav atrasts: vienums, ko funkcijai pieprasīja (piemēram, starpniekservera rezultāts, ieraksts vai saglabāts iestatījums), neeksistē.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā pieprasīja vienumu, kas neeksistē.
    .summary-host = Lietojumprogrammā radās iekšēja problēma, veidojot savienojumu ar serveri { $host }: tā pieprasīja vienumu, kas neeksistē.
# 4317 — piemēram, sūtīšana, izmantojot WebSocket, pēc aizvēršanas rokasspiediena sākuma.
error-invalid-operation = Darbība nav derīga objekta pašreizējā stāvoklī, piemēram, sūtīšana, izmantojot WebSocket, kas tiek aizvērts, vai saņemšana, kamēr cita saņemšana vēl nav pabeigta.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā mēģināja izmantot savienojumu veidā, ko tā pašreizējais stāvoklis neatļauj.
    .summary-host = Lietojumprogrammā radās iekšēja problēma: tā mēģināja izmantot savienojumu ar serveri { $host } veidā, ko tā pašreizējais stāvoklis neatļauj.

## Winsock kļūdas (winsock2.h), ko WinHTTP realizācija nodod tālāk
## (Wine winhttp.dll to dara; Windows lielāko daļu pārvērš par 12xxx kodu).
## Lietotājam tās nozīmē to pašu, ko to WinHTTP dvīnis; apraksts nosauc
## kodu.

# 10050
wsaenetdown = Tīkla apakšsistēmā radās kļūme (WSAENETDOWN): šī datora tīkla steks vai adapteris nedarbojas.
    .title = Tīkls nedarbojas
    .summary = Šajā datorā nedarbojas tīkls, tāpēc ar serveri nevarēja sazināties.
    .summary-host = Šajā datorā nedarbojas tīkls, tāpēc ar serveri { $host } nevarēja sazināties.
# 10051
wsaenetunreach = Tīkls nav sasniedzams (WSAENETUNREACH): šim datoram nav maršruta uz servera tīklu.
    .title = Tīkls nav sasniedzams
    .summary = No šī datora nav ceļa uz servera tīklu, tāpēc ar serveri nevarēja sazināties.
    .summary-host = No šī datora nav ceļa uz servera { $host } tīklu, tāpēc ar serveri nevarēja sazināties.
# 10052
wsaenetreset = Savienojums tika pārtraukts, jo savienojuma uzturēšanas pārbaude darbības laikā konstatēja kļūmi (WSAENETRESET).
    .title = Savienojums tika pārtraukts
    .summary = Savienojums ar serveri tika pārtraukts, jo tīkls pārstāja atbildēt.
    .summary-host = Savienojums ar serveri { $host } tika pārtraukts, jo tīkls pārstāja atbildēt.
# 10053 — „programmatūras izraisīta savienojuma pārtraukšana“: bieži ugunsmūris vai drošības programma.
wsaeconnaborted = Šī datora programmatūra pārtrauca izveidotu savienojumu (WSAECONNABORTED), piemēram, pēc datu pārraides noildzes vai ugunsmūra dēļ.
    .title = Savienojums tika pārtraukts
    .summary = Savienojumu ar serveri pārtrauca šis dators – iespējams, to izdarīja ugunsmūris vai drošības programma.
    .summary-host = Savienojumu ar serveri { $host } pārtrauca šis dators – iespējams, to izdarīja ugunsmūris vai drošības programma.
# 10054 — Windows tā vietā ziņo ERROR_WINHTTP_CONNECTION_ERROR.
wsaeconnreset = Attālais resursdators piespiedu kārtā aizvēra esošu savienojumu (WSAECONNRESET).
    .title = Savienojums tika pārtraukts
    .summary = Serveris negaidīti aizvēra savienojumu.
    .summary-host = Serveris { $host } negaidīti aizvēra savienojumu.
# 10060 — Windows tā vietā ziņo ERROR_WINHTTP_TIMEOUT.
wsaetimedout = Savienojuma mēģinājumam vai pārraidei iestājās noildze, jo otra puse laikus neatbildēja (WSAETIMEDOUT).
    .title = Savienojuma noildze
    .summary = Serveris pārāk ilgi neatbildēja.
    .summary-host = Serveris { $host } pārāk ilgi neatbildēja.
# 10061 — Windows tā vietā ziņo ERROR_WINHTTP_CANNOT_CONNECT.
wsaeconnrefused = Nevarēja izveidot savienojumu, jo mērķa dators to aktīvi atteica (WSAECONNREFUSED): šajā portā nekas neklausās.
    .title = Savienojums atteikts
    .summary = Serveris atteica savienojumu. Iespējams, tas nedarbojas vai nepieņem savienojumus.
    .summary-host = Serveris { $host } atteica savienojumu. Iespējams, tas nedarbojas vai nepieņem savienojumus.
# 10064
wsaehostdown = Soketa darbība neizdevās, jo mērķa resursdators nedarbojas (WSAEHOSTDOWN).
    .title = Serveris neatbild
    .summary = Šķiet, ka serveris ir izslēgts vai atvienots no tīkla.
    .summary-host = Šķiet, ka serveris { $host } ir izslēgts vai atvienots no tīkla.
# 10065
wsaehostunreach = Soketa darbība tika mēģināta ar nesasniedzamu resursdatoru (WSAEHOSTUNREACH): maršruts uz serveri netika atrasts.
    .title = Serveris nav sasniedzams
    .summary = No šī datora nevarēja atrast ceļu uz serveri.
    .summary-host = No šī datora nevarēja atrast ceļu uz serveri { $host }.
# 11001 — Windows tā vietā ziņo ERROR_WINHTTP_NAME_NOT_RESOLVED.
wsahost-not-found = Šāds resursdators nav zināms (WSAHOST_NOT_FOUND): nosaukumu serverim nav adreses šim nosaukumam.
    .title = Serveris nav atrasts
    .summary = Tīklā nevarēja atrast serveri.
    .summary-host = Tīklā nevarēja atrast serveri ar nosaukumu { $host }.
# 11002
wsatry-again = Nosaukumu serveris nesniedza autoritatīvu atbildi, un meklēšana vēlāk var izdoties (WSATRY_AGAIN): parasti īslaicīga nosaukumu servera kļūme.
    .title = Neizdevās atrisināt servera nosaukumu
    .summary = Servera nosaukumu pašlaik nevarēja atrisināt. Parasti tā ir īslaicīga problēma.
    .summary-host = Servera nosaukumu { $host } pašlaik nevarēja atrisināt. Parasti tā ir īslaicīga problēma.

## WinHTTP specifiskās kļūdas (winhttp.h)

# 12001 — novecojis: pašreizējās sistēmas to nekad neziņo, tātad kļūdījās lietojumprogramma.
error-winhttp-out-of-handles = Vairs nevarēja izveidot turus (novecojis; vairs netiek izmantots).
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma, un tā ziņoja par kļūdu, ko pašreizējās sistēmas vairs neizmanto.
    .summary-host = Lietojumprogrammā radās iekšēja problēma, veidojot savienojumu ar serveri { $host }, un tā ziņoja par kļūdu, ko pašreizējās sistēmas vairs neizmanto.
# 12002
error-winhttp-timeout = Pieprasījumam iestājās noildze. To var izraisīt arī TCP/IP noildzes darbība neatkarīgi no WinHTTP iestatītajām noildzes vērtībām.
    .title = Savienojuma noildze
    .summary = Serveris pārāk ilgi neatbildēja.
    .summary-host = Serveris { $host } pārāk ilgi neatbildēja.
# 12004
error-winhttp-internal-error = WinHTTP radās iekšēja kļūda.
    .title = Neparedzēta iekšēja kļūda
    .summary = Neparedzēta iekšēja problēma apturēja pieprasījumu.
    .summary-host = Neparedzēta iekšēja problēma apturēja pieprasījumu serverim { $host }.
# 12005
error-winhttp-invalid-url = URL nav derīgs.
    .title = Nederīga tīmekļa adrese
    .summary = Tīmekļa adrese nav derīga, tāpēc pieprasījumu nevarēja nosūtīt.
    .summary-host = Tīmekļa adrese, kas izmantota, lai sasniegtu serveri { $host }, nav derīga, tāpēc pieprasījumu nevarēja nosūtīt.
# 12006
error-winhttp-unrecognized-scheme = URL norāda shēmu, kas nav http: vai https:.
    .title = Neatbalstīta tīmekļa adrese
    .summary = Šāda veida adrese netiek atbalstīta. Var atvērt tikai adreses, kas sākas ar http:// vai https://.
    .summary-host = Adrese, kas izmantota, lai sasniegtu serveri { $host }, ir neatbalstīta veida. Var atvērt tikai adreses, kas sākas ar http:// vai https://.
# 12007
error-winhttp-name-not-resolved = Servera nosaukumu nevarēja atrisināt.
    .title = Serveris nav atrasts
    .summary = Tīklā nevarēja atrast serveri.
    .summary-host = Tīklā nevarēja atrast serveri ar nosaukumu { $host }.
# 12009
error-winhttp-invalid-option = WinHttpQueryOption vai WinHttpSetOption izsaukumā bija norādīta nederīga opcijas vērtība.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā izmantoja nederīgu savienojuma iestatījumu.
    .summary-host = Lietojumprogrammā radās iekšēja problēma, veidojot savienojumu ar serveri { $host }: tā izmantoja nederīgu savienojuma iestatījumu.
# 12011
error-winhttp-option-not-settable = Pieprasīto opciju nevar iestatīt; to var tikai vaicāt.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā mēģināja mainīt savienojuma iestatījumu, ko var tikai lasīt.
    .summary-host = Lietojumprogrammā radās iekšēja problēma, veidojot savienojumu ar serveri { $host }: tā mēģināja mainīt savienojuma iestatījumu, ko var tikai lasīt.
# 12012 — parasti redzams, kad lietojumprogramma tiek aizvērta.
error-winhttp-shutdown = WinHTTP funkciju atbalsts tiek izslēgts vai izlādēts.
    .title = Piekļuve tīklam tiek izslēgta
    .summary = Pieprasījums tika apturēts, jo piekļuve tīklam tiek izslēgta, piemēram, tāpēc, ka lietojumprogramma tiek aizvērta.
    .summary-host = Pieprasījums serverim { $host } tika apturēts, jo piekļuve tīklam tiek izslēgta, piemēram, tāpēc, ka lietojumprogramma tiek aizvērta.
# 12015
error-winhttp-login-failure = Pierakstīšanās mēģinājums neizdevās. Pirms neizdevušās funkcijas atkārtošanas aizveriet pieprasījuma turi ar WinHttpCloseHandle un izveidojiet jaunu.
    .title = Pierakstīšanās neizdevās
    .summary = Serveris nepieņēma pierakstīšanās informāciju.
    .summary-host = Serveris { $host } nepieņēma pierakstīšanās informāciju.
# 12017
error-winhttp-operation-cancelled = Darbība tika atcelta, parasti tāpēc, ka turis, ar kuru strādāja pieprasījums, tika aizvērts pirms darbības pabeigšanas.
    .title = Pieprasījums atcelts
    .summary = Pieprasījums tika atcelts, pirms to varēja pabeigt.
    .summary-host = Pieprasījums serverim { $host } tika atcelts, pirms to varēja pabeigt.
# 12018
error-winhttp-incorrect-handle-type = Norādītā tura tips šai darbībai nav pareizs.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma, un tā nevarēja pabeigt pieprasījumu.
    .summary-host = Lietojumprogrammā radās iekšēja problēma, un tā nevarēja pabeigt pieprasījumu serverim { $host }.
# 12019
error-winhttp-incorrect-handle-state = Pieprasīto darbību nevar veikt, jo norādītais turis nav pareizā stāvoklī.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā veica pieprasījuma darbības nepareizā secībā.
    .summary-host = Lietojumprogrammā radās iekšēja problēma: tā nepareizā secībā veica darbības, lai nosūtītu pieprasījumu serverim { $host }.
# 12029
error-winhttp-cannot-connect = Nevarēja izveidot savienojumu ar serveri.
    .title = Nevar izveidot savienojumu
    .summary = Lietojumprogramma nevarēja izveidot savienojumu ar serveri.
    .summary-host = Lietojumprogramma nevarēja izveidot savienojumu ar serveri { $host }.
# 12030
error-winhttp-connection-error = Savienojums ar serveri tika atiestatīts vai pārtraukts, vai arī tika konstatēts nesaderīgs SSL protokols (piemēram, WinHTTP 5.1 neatbalsta SSL 2.0, ja klients to īpaši neiespējo).
    .title = Savienojums tika pārtraukts
    .summary = Savienojums ar serveri tika negaidīti pārtraukts vai aizvērts.
    .summary-host = Savienojums ar serveri { $host } tika negaidīti pārtraukts vai aizvērts.
# 12032
error-winhttp-resend-request = WinHTTP funkcija neizdevās, taču to var mēģināt vēlreiz ar to pašu pieprasījuma turi.
    .title = Pieprasījums netika izpildīts
    .summary = Ar šo mēģinājumu pieprasījumu nevarēja pabeigt.
    .summary-host = Ar šo mēģinājumu pieprasījumu serverim { $host } nevarēja pabeigt.
# 12037
error-winhttp-secure-cert-date-invalid = Nepieciešamais sertifikāts pēc sistēmas pulksteņa vai parakstītā faila laikspiedola nav derīguma periodā, vai arī sertifikātu ķēdes derīguma periodi nav pareizi ietverti cits citā (atbilst CERT_E_EXPIRED vai CERT_E_VALIDITYPERIODNESTING).
    .title = Sertifikāta derīgums beidzies vai vēl nav sācies
    .summary = Saskaņā ar šī datora pulksteni servera drošības sertifikāta derīgums ir beidzies vai vēl nav sācies.
    .summary-host = Saskaņā ar šī datora pulksteni servera { $host } drošības sertifikāta derīgums ir beidzies vai vēl nav sācies.
# 12038
error-winhttp-secure-cert-cn-invalid = Sertifikāta vispārīgais nosaukums (CN) neatbilst nodotajai vērtībai (atbilst CERT_E_CN_NO_MATCH).
    .title = Sertifikāts ir izsniegts citai vietnei
    .summary = Drošības sertifikāts ir izsniegts citas vietnes nosaukumam, tāpēc servera identitāti nevarēja apstiprināt.
    .summary-host = Servera { $host } nosūtītais drošības sertifikāts ir izsniegts citam nosaukumam, tāpēc servera identitāti nevarēja apstiprināt.
# 12044 — serveris lūdz lietotāju (vai datoru) pierādīt savu identitāti ar sertifikātu.
error-winhttp-client-auth-cert-needed = Serveris pieprasa SSL klienta autentifikāciju (ziņo WinHttpReceiveResponse). Pieņemtos sertifikātu izdevējus iegūstiet ar WinHttpQueryOption un WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST; ja sertifikāts tiek pieprasīts, bet nav obligāts, izsauciet WinHttpSetOption ar WINHTTP_OPTION_CLIENT_CERT_CONTEXT un WINHTTP_NO_CLIENT_CERT_CONTEXT parametrā lpBuffer.
    .title = Serveris pieprasa sertifikātu
    .summary = Serveris atļauj savienojumu tikai pēc tam, kad saņemts sertifikāts, kas identificē jūs vai jūsu datoru.
    .summary-host = Serveris { $host } atļauj savienojumu tikai pēc tam, kad saņemts sertifikāts, kas identificē jūs vai jūsu datoru.
# 12045
error-winhttp-secure-invalid-ca = Sertifikātu ķēde tika apstrādāta, taču tā beidzās ar saknes sertifikātu, kuram uzticamības nodrošinātājs neuzticas (atbilst CERT_E_UNTRUSTEDROOT).
    .title = Neuzticams sertifikāts
    .summary = Servera drošības sertifikātu ir izsniegusi sertificēšanas iestāde, kurai šis dators neuzticas.
    .summary-host = Servera { $host } drošības sertifikātu ir izsniegusi sertificēšanas iestāde, kurai šis dators neuzticas.
# 12057
error-winhttp-secure-cert-rev-failed = Sertifikāta atsaukšanu nevarēja pārbaudīt, jo atsaukšanas serveris bija bezsaistē (atbilst CRYPT_E_REVOCATION_OFFLINE).
    .title = Sertifikātu nevarēja pārbaudīt
    .summary = Šis dators nevarēja pārbaudīt, vai servera drošības sertifikāts ir atsaukts, jo nevarēja sazināties ar serveri, kas ziņo par atsauktiem sertifikātiem.
    .summary-host = Šis dators nevarēja pārbaudīt, vai servera { $host } drošības sertifikāts ir atsaukts, jo nevarēja sazināties ar serveri, kas ziņo par atsauktiem sertifikātiem.
# 12100
error-winhttp-cannot-call-before-open = Objekts WinHttpRequest nevar veikt pieprasīto darbību, pirms nav izsaukta metode Open.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā mēģināja izmantot pieprasījumu, pirms to sagatavoja.
    .summary-host = Lietojumprogrammā radās iekšēja problēma: tā mēģināja izmantot pieprasījumu serverim { $host }, pirms to sagatavoja.
# 12101
error-winhttp-cannot-call-before-send = Objekts WinHttpRequest nevar veikt pieprasīto darbību, pirms nav izsaukta metode Send.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā pieprasīja atbildi, pirms nosūtīja pieprasījumu.
    .summary-host = Lietojumprogrammā radās iekšēja problēma: tā pieprasīja atbildi no servera { $host }, pirms nosūtīja pieprasījumu.
# 12102
error-winhttp-cannot-call-after-send = Objekts WinHttpRequest nevar veikt pieprasīto darbību pēc metodes Send izsaukšanas.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā mēģināja mainīt pieprasījumu, kas jau bija nosūtīts.
    .summary-host = Lietojumprogrammā radās iekšēja problēma: tā mēģināja mainīt jau nosūtītu pieprasījumu serverim { $host }.
# 12103
error-winhttp-cannot-call-after-open = Objekts WinHttpRequest nevar pieprasīt norādīto opciju pēc metodes Open izsaukšanas.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā mēģināja mainīt pieprasījuma iestatījumu, kad to vairs nevarēja darīt.
    .summary-host = Lietojumprogrammā radās iekšēja problēma: tā mēģināja mainīt serverim { $host } nosūtāmā pieprasījuma iestatījumu, kad to vairs nevarēja darīt.
# 12150
error-winhttp-header-not-found = Pieprasīto galveni nevarēja atrast.
    .title = Atbildē trūkst informācijas
    .summary = Servera atbildē nebija informācijas, ko gaidīja šī lietojumprogramma.
    .summary-host = Servera { $host } atbildē nebija informācijas, ko gaidīja šī lietojumprogramma.
# 12152
error-winhttp-invalid-server-response = Servera atbildi nevarēja parsēt.
    .title = Nederīga servera atbilde
    .summary = Serveris nosūtīja atbildi, ko nevarēja saprast.
    .summary-host = Serveris { $host } nosūtīja atbildi, ko nevarēja saprast.
# 12153 — pieprasījumu sastādīja lietojumprogramma; lietotājs to neievadīja.
error-winhttp-invalid-header = Norādītā HTTP galvene nav derīga, piemēram, tāpēc, ka tā ir nepareizi veidota.
    .title = Nederīgs pieprasījums
    .summary = Lietojumprogramma mēģināja nosūtīt informāciju nederīgā formā, tāpēc pieprasījumu nevarēja nosūtīt.
    .summary-host = Lietojumprogramma mēģināja nosūtīt informāciju serverim { $host } nederīgā formā, tāpēc pieprasījumu nevarēja nosūtīt.
# 12154 — novecojis: pašreizējās sistēmas to nekad neziņo, tātad kļūdījās lietojumprogramma.
error-winhttp-invalid-query-request = Galvenes vaicājuma pieprasījums nebija derīgs (novecojis; vairs netiek izmantots).
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma, un tā ziņoja par kļūdu, ko pašreizējās sistēmas vairs neizmanto.
    .summary-host = Lietojumprogrammā radās iekšēja problēma, veidojot savienojumu ar serveri { $host }, un tā ziņoja par kļūdu, ko pašreizējās sistēmas vairs neizmanto.
# 12155 — novecojis: pašreizējās sistēmas to nekad neziņo, tātad kļūdījās lietojumprogramma.
error-winhttp-header-already-exists = Galveni nevarēja pievienot, jo tā jau eksistē (novecojis; vairs netiek izmantots).
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: tā mēģināja pieprasījumam divreiz pievienot to pašu informāciju.
    .summary-host = Lietojumprogrammā radās iekšēja problēma: tā mēģināja pieprasījumam serverim { $host } divreiz pievienot to pašu informāciju.
# 12156
error-winhttp-redirect-failed = Novirzīšana neizdevās, jo mainījās shēma vai arī neizdevās visi novirzīšanas mēģinājumi (pēc noklusējuma pieci mēģinājumi).
    .title = Novirzīšana neizdevās
    .summary = Serveris novirzīja pieprasījumu uz citu adresi, taču novirzīšanu nevarēja pabeigt.
    .summary-host = Serveris { $host } novirzīja pieprasījumu uz citu adresi, taču novirzīšanu nevarēja pabeigt.
# 12157
error-winhttp-secure-channel-error = Drošajā kanālā radās kļūda (atbilst failā winerror.h definētajiem kļūdu kodiem SEC_E_ un SEC_I_).
    .title = Nevarēja izveidot drošu savienojumu
    .summary = Veidojot drošu savienojumu ar serveri, radās kļūda.
    .summary-host = Veidojot drošu savienojumu ar serveri { $host }, radās kļūda.
# 12166 — „starpniekservera iestatīšanas skripts“ ir PAC fails, nosaukts kā Windows starpniekservera iestatījumos.
error-winhttp-bad-auto-proxy-script = Izpildot starpniekservera automātiskās konfigurācijas (PAC) faila skripta kodu, radās kļūda.
    .title = Kļūda starpniekservera iestatīšanas skriptā
    .summary = Šī tīkla starpniekservera iestatīšanas skriptā ir kļūda.
    .summary-host = Starpniekservera iestatīšanas skriptā, ko izmanto, lai sasniegtu serveri { $host }, ir kļūda.
# 12167
error-winhttp-unable-to-download-script = PAC failu nevarēja lejupielādēt, piemēram, tāpēc, ka PAC URL norādītais serveris nebija sasniedzams vai atgrieza atbildi 404 Not Found.
    .title = Starpniekservera iestatīšanas skripts nav pieejams
    .summary = Šī tīkla starpniekservera iestatīšanas skriptu nevarēja lejupielādēt.
    .summary-host = Starpniekservera iestatīšanas skriptu, kas nepieciešams, lai sasniegtu serveri { $host }, nevarēja lejupielādēt.
# 12169
error-winhttp-secure-invalid-cert = Sertifikāts nav derīgs (atbilst tādām kļūdām kā CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED un CERT_E_CHAINING).
    .title = Nederīgs sertifikāts
    .summary = Servera drošības sertifikāts nav derīgs, tāpēc nevarēja izveidot drošu savienojumu.
    .summary-host = Servera { $host } drošības sertifikāts nav derīgs, tāpēc nevarēja izveidot drošu savienojumu.
# 12170
error-winhttp-secure-cert-revoked = Sertifikāts ir atsaukts (atbilst CRYPT_E_REVOKED).
    .title = Sertifikāts ir atsaukts
    .summary = Servera drošības sertifikātu ir atsaukusi to izsniegusī sertificēšanas iestāde, tāpēc tam vairs nevar uzticēties.
    .summary-host = Servera { $host } drošības sertifikātu ir atsaukusi to izsniegusī sertificēšanas iestāde, tāpēc tam vairs nevar uzticēties.
# 12172 — novecojis: pašreizējās sistēmas to nekad neziņo, tātad kļūdījās lietojumprogramma.
error-winhttp-not-initialized = WinHTTP nav inicializēts (novecojis; vairs netiek izmantots).
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma, un tā ziņoja par kļūdu, ko pašreizējās sistēmas vairs neizmanto.
    .summary-host = Lietojumprogrammā radās iekšēja problēma, veidojot savienojumu ar serveri { $host }, un tā ziņoja par kļūdu, ko pašreizējās sistēmas vairs neizmanto.
# 12175 — iemesli (cert-flag-* tālāk) var tikt uzskaitīti zem kopsavilkuma.
error-winhttp-secure-failure = Servera nosūtītajā SSL (Secure Sockets Layer) sertifikātā atrasta viena vai vairākas kļūdas. Kuras, var uzzināt no paziņojuma WINHTTP_CALLBACK_STATUS_SECURE_FAILURE statusa atzvanīšanas funkcijā (skatiet WINHTTP_STATUS_CALLBACK).
    .title = Drošs savienojums neizdevās
    .summary = Servera drošības sertifikātam ir viena vai vairākas problēmas, tāpēc nevarēja izveidot drošu savienojumu.
    .summary-host = Servera { $host } nosūtītajam drošības sertifikātam ir viena vai vairākas problēmas, tāpēc nevarēja izveidot drošu savienojumu.
# 12176
error-winhttp-unhandled-script-type = Skripta tips netiek atbalstīts.
    .title = Neatbalstīts starpniekservera iestatīšanas skripts
    .summary = Šī tīkla starpniekservera iestatīšanas skripts ir neatbalstīta veida.
    .summary-host = Starpniekservera iestatīšanas skripts, ko izmanto, lai sasniegtu serveri { $host }, ir neatbalstīta veida.
# 12177 — praksē starpniekservera iestatīšanas skripts.
error-winhttp-script-execution-error = Izpildot skriptu, radās kļūda.
    .title = Starpniekservera iestatīšanas skripts neizdevās
    .summary = Izpildot šī tīkla starpniekservera iestatīšanas skriptu, radās kļūda.
    .summary-host = Izpildot starpniekservera iestatīšanas skriptu, ko izmanto, lai sasniegtu serveri { $host }, radās kļūda.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl nevarēja atrast starpniekserveri norādītajam URL.
    .title = Starpniekserveris nav atrasts
    .summary = Nevarēja noteikt, kuru starpniekserveri izmantot šai adresei.
    .summary-host = Nevarēja noteikt, kuru starpniekserveri izmantot, lai sasniegtu serveri { $host }.
# 12179
error-winhttp-secure-cert-wrong-usage = Sertifikāts nav derīgs pieprasītajam lietojumam (atbilst CERT_E_WRONG_USAGE).
    .title = Sertifikāts nav paredzēts šim lietojumam
    .summary = Servera drošības sertifikāts nav paredzēts šāda veida savienojumam.
    .summary-host = Servera { $host } drošības sertifikāts nav paredzēts šāda veida savienojumam.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl nevarēja atrast starpniekservera automātiskās konfigurācijas (PAC) faila URL.
    .title = Starpniekservera iestatījumi nav noteikti
    .summary = Šī tīkla starpniekservera iestatījumus nevarēja noteikt automātiski.
    .summary-host = Starpniekservera iestatījumus, kas nepieciešami, lai sasniegtu serveri { $host }, nevarēja noteikt automātiski.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse saņēma atbildi ar vairāk galvenēm, nekā WinHTTP var pieņemt.
    .title = Servera atbilde noraidīta
    .summary = Serveris nosūtīja atbildi ar pārāk daudz galvenēm, tāpēc to nevarēja pieņemt.
    .summary-host = Serveris { $host } nosūtīja atbildi ar pārāk daudz galvenēm, tāpēc to nevarēja pieņemt.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse saņēma galvenes, kuru kopējais lielums pārsniedz pieprasījuma turim iestatīto ierobežojumu.
    .title = Servera atbilde ir pārāk liela
    .summary = Serveris nosūtīja atbildi ar pārāk lielām galvenēm, tāpēc to nevarēja pieņemt.
    .summary-host = Serveris { $host } nosūtīja atbildi ar pārāk lielām galvenēm, tāpēc to nevarēja pieņemt.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse, parsējot atbildes sadalīto pārsūtīšanas kodējumu, konstatēja pārpildi: daļas galvene pārsniedza atļauto lielumu.
    .title = Servera atbildi nevarēja nolasīt
    .summary = Daļa servera atbildes bija lielāka, nekā atļauts, tāpēc atbildi nevarēja nolasīt.
    .summary-host = Daļa servera { $host } atbildes bija lielāka, nekā atļauts, tāpēc atbildi nevarēja nolasīt.
# 12184
error-winhttp-response-drain-overflow = Ienākošā atbilde pārsniedza WinHTTP iekšējo lieluma ierobežojumu.
    .title = Servera atbilde pārsniedza lieluma ierobežojumu
    .summary = Servera atbilde bija lielāka, nekā atļauj šis dators, tāpēc to nevarēja saņemt.
    .summary-host = Servera { $host } atbilde bija lielāka, nekā atļauj šis dators, tāpēc to nevarēja saņemt.
# 12185 — sertifikāts ir paša lietotāja (klienta sertifikāts), nevis servera.
error-winhttp-client-cert-no-private-key = SSL klienta sertifikāta kontekstam nav piesaistīta privātā atslēga; iespējams, sertifikāts datorā importēts bez privātās atslēgas.
    .title = Jūsu sertifikātu nevar izmantot
    .summary = Sertifikātam, kas jūs identificē, trūkst privātās atslēgas, tāpēc to nevar izmantot. Iespējams, atslēga netika iekļauta, instalējot sertifikātu.
    .summary-host = Sertifikātam, kas jūs identificē serverī { $host }, trūkst privātās atslēgas, tāpēc to nevar izmantot. Iespējams, atslēga netika iekļauta, instalējot sertifikātu.
# 12186 — sertifikāts ir paša lietotāja (klienta sertifikāts), nevis servera.
error-winhttp-client-cert-no-access-private-key = Lietojumprogrammai nav tiesību, kas nepieciešamas, lai piekļūtu klienta sertifikātam piesaistītajai privātajai atslēgai.
    .title = Piekļuve jūsu sertifikātam liegta
    .summary = Šai lietojumprogrammai nav atļauts izmantot tā sertifikāta privāto atslēgu, kas jūs identificē.
    .summary-host = Šai lietojumprogrammai nav atļauts izmantot tā sertifikāta privāto atslēgu, kas jūs identificē serverī { $host }.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Starpniekserveris pieprasa SSL/TLS klienta sertifikāta autentifikāciju; savienojumam ar starpniekserveri jānorāda klienta sertifikāts.
    .title = Starpniekserveris pieprasa sertifikātu
    .summary = Starpniekserveris atļauj savienojumu tikai pēc tam, kad saņemts sertifikāts, kas identificē jūs vai jūsu datoru.
    .summary-host = Starpniekserveris atļauj savienojumu ar serveri { $host } tikai pēc tam, kad saņemts sertifikāts, kas identificē jūs vai jūsu datoru.
# 12188
error-winhttp-secure-failure-proxy = Drošajā savienojumā ar starpniekserveri radās SSL/TLS kļūda, piemēram, problēma ar tā nosūtīto sertifikātu.
    .title = Drošs savienojums ar starpniekserveri neizdevās
    .summary = Nevarēja izveidot drošu savienojumu ar starpniekserveri, piemēram, tā sertifikāta problēmas dēļ.
    .summary-host = Nevarēja izveidot drošu savienojumu ar starpniekserveri, ko izmanto, lai sasniegtu serveri { $host }, piemēram, tā sertifikāta problēmas dēļ.
# 12189 — rezervēts: nekad netiek ziņots, tātad kļūdījās lietojumprogramma.
error-winhttp-reserved-189 = Rezervēts kods; netiek izmantots.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma, un tā ziņoja par kļūdu, kas ir rezervēta un nekad netiek izmantota.
    .summary-host = Lietojumprogrammā radās iekšēja problēma, veidojot savienojumu ar serveri { $host }, un tā ziņoja par kļūdu, kas ir rezervēta un nekad netiek izmantota.
# 12190 — „tīmekļa protokols“ ir HTTP; versijas ir HTTP/1.1, HTTP/2 un HTTP/3.
error-winhttp-http-protocol-mismatch = Servera izmantotā HTTP protokola versija neatbilst pieprasītajai vai nepieciešamajai, piemēram, bija nepieciešams HTTP/2 vai HTTP/3, taču par to nevarēja vienoties.
    .title = Nesaderīga tīmekļa protokola versija
    .summary = Serveris un šī lietojumprogramma nevarēja vienoties par izmantojamo tīmekļa protokola versiju.
    .summary-host = Serveris { $host } un šī lietojumprogramma nevarēja vienoties par izmantojamo tīmekļa protokola versiju.
# 12191
error-winhttp-global-callback-failed = Neizdevās WinHTTP reģistrēta globālā atzvanīšanas funkcija.
    .title = Lietojumprogrammas iekšēja kļūda
    .summary = Lietojumprogrammā radās iekšēja problēma: pieprasījuma apstrādes laikā radās kļūme kādā no tās komponentiem.
    .summary-host = Lietojumprogrammā radās iekšēja problēma: apstrādājot pieprasījumu serverim { $host }, radās kļūme kādā no tās komponentiem.
# 12192
error-winhttp-feature-disabled = Pieprasītais WinHTTP līdzeklis ir atspējots, un to nevar izmantot.
    .title = Līdzeklis ir izslēgts
    .summary = Šajā datorā ir izslēgts līdzeklis, kas nepieciešams šim pieprasījumam.
    .summary-host = Šajā datorā ir izslēgts līdzeklis, kas nepieciešams pieprasījumam serverim { $host }.
# 12193
error-winhttp-fast-forwarding-not-supported = Ātrā pārsūtīšana (fast forwarding) šim pieprasījumam vai savienojumam netiek atbalstīta.
    .title = Līdzeklis netiek atbalstīts
    .summary = Lietojumprogramma pieprasīja līdzekli, ko šis savienojums neatbalsta.
    .summary-host = Lietojumprogramma pieprasīja līdzekli, ko savienojums ar serveri { $host } neatbalsta.

## Padomi: ko lietotājs var mēģināt; tiek rādīti kā saraksts zem kopsavilkuma.
## Katrs ir viens pilnīgs pavēles teikums, beigās punkts, ne vairāk kā 100 rakstzīmes.
## Kurus padomus un kādā secībā kods rāda, nosaka katalogs (src/catalog.rs).
hint-check-connection = Pārbaudiet tīkla savienojumu.
hint-try-again-later = Brīdi uzgaidiet un pēc tam mēģiniet vēlreiz.
hint-check-address = Pārbaudiet, vai adrese ir uzrakstīta pareizi.
hint-check-proxy = Pārbaudiet starpniekservera iestatījumus vai sazinieties ar tīkla administratoru.
hint-check-firewall = Pārliecinieties, vai šo lietojumprogrammu nebloķē ugunsmūris vai pretvīrusu programma.
hint-check-date-time = Pārliecinieties, vai datora datums, laiks un laika josla ir pareizi.
hint-update-system = Instalējiet jaunākos operētājsistēmas atjauninājumus.
hint-contact-site-owner = Ja problēma joprojām pastāv, sazinieties ar tīmekļa vietnes vai servera īpašnieku.
hint-contact-support = Sazinieties ar šīs lietojumprogrammas atbalsta dienestu.
hint-update-app = Pārbaudiet, vai ir pieejama jaunāka šīs lietojumprogrammas versija.
hint-restart-app = Aizveriet šo lietojumprogrammu un atveriet to vēlreiz.
hint-restart-computer = Restartējiet datoru.
hint-free-memory = Aizveriet citas programmas, lai atbrīvotu atmiņu, un pēc tam mēģiniet vēlreiz.
hint-check-credentials = Pārbaudiet, vai lietotājvārds un parole ir pareizi.
# Tiek rādīts, ja serveris vai starpniekserveris pieprasa lietotāja sertifikātu vai ja to nevar izmantot.
hint-check-client-certificate = Pārbaudiet, vai pieprasītais sertifikāts ir pareizi instalēts, vai sazinieties ar administratoru.

## Sertifikāta problēmas: katra vienā rindiņā, tiek rādītas kā saraksts, ja drošs savienojums neizdevās.
## Ne vairāk kā 120 rakstzīmes; viens pilnīgs teikums, beigās punkts.
## „Sertifikāts“ ir servera nosūtītais sertifikāts.
cert-flag-rev-failed = Šis dators nevarēja pārbaudīt, vai sertifikāts ir atsaukts.
cert-flag-invalid-cert = Sertifikāts nav derīgs.
cert-flag-cert-revoked = Sertifikātu ir atsaukusi to izsniegusī sertificēšanas iestāde.
cert-flag-invalid-ca = Sertifikātu ir izsniegusi sertificēšanas iestāde, kurai šis dators neuzticas.
cert-flag-cert-cn-invalid = Sertifikāts ir izsniegts citas vietnes nosaukumam.
cert-flag-cert-date-invalid = Sertifikāta derīgums ir beidzies vai vēl nav sācies.
cert-flag-cert-wrong-usage = Sertifikāts nav paredzēts šāda veida savienojumam.
cert-flag-security-channel-error = Veidojot drošu savienojumu, radās kļūda.
# $flags (String): atlikušie karodziņi heksadecimālā formā, piem., 0x00000100; var būt vairāki.
cert-flag-unknown = Sertifikātam ir viena vai vairākas problēmas, ko nevarēja identificēt ({ $flags }).

## Kodi, ko šī bibliotēka nepazīst.
# $code (String): decimālais kods, piem., 12345. $hex (String): tas pats heksadecimālā formā, 0x00003039.
# $host (String): servera nosaukums (tikai .summary-host), piem., example.com.
# Tie paši ierobežojumi kā koda daļām: katra ne vairāk kā 200 rakstzīmes.
unknown-code =
    .summary = Veidojot savienojumu, radās neparedzēta problēma (kļūda { $code }, { $hex }).
    .summary-host = Veidojot savienojumu ar serveri { $host }, radās neparedzēta problēma (kļūda { $code }, { $hex }).

## Saliktie ziņojumi

# $description (String) koda apraksts; $name (String) tā simboliskais nosaukums; $code (String) decimālais kods.
report-line = { $description } ({ $name }, { $code })
# $code (String) decimālais kods; $hex (String) tas pats kods heksadecimālā formā, piem., 0x80072EE2.
unknown-error = Nezināma WinHTTP kļūda { $code } ({ $hex }).
