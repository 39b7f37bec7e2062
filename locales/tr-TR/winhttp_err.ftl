### WinHTTP hata kodlarının açıklamaları (tr-TR).
### Her hata kodu için bir ileti; iletiler sayısal koda göre sıralıdır. İleti
### kimliği, sabitin sembolik adının küçük harfle yazılmış ve "_" yerine "-"
### konmuş biçimidir.
### Her iletinin değeri geliştiriciler için teknik açıklamadır: tek satırdır ve
### değişken içermez, çünkü iletişim kutularında ve günlük satırlarında olduğu
### gibi gösterilir. İşlev, yöntem, seçenek, makro ve sabit adları
### (WinHttpQueryOption, Open, CERT_E_CN_NO_MATCH...) API tanımlayıcılarıdır;
### asla çevrilmez ve değiştirilmez.
###
### Son kullanıcı metni: değerin yanı sıra her kodun, programcı olmayan biri
### için yazılmış üç özniteliği vardır:
###   .title         İletişim kutusunun başlığı (ana yönerge): neyin ters
###                  gittiği, en çok 60 karakter, yalnızca ilk harf büyük,
###                  sonunda nokta yok.
###   .summary       Başlığın altındaki metin: ne olduğunu anlatan bir ya da
###                  iki sade cümle, en çok 200 karakter, nokta ile biter.
###                  Sunucu adı olmadan da kendi başına okunabilmelidir.
###   .summary-host  Sunucunun adını veren aynı özet: { $host } tam olarak bir
###                  kez geçer; $host "example.com" iken en çok 200 karakter.
### $host, uygulamanın bildiği sunucu adıdır: "example.com",
### "intranet.corp.local" ya da 192.0.2.10 gibi bir IP adresi. Hiçbir zaman
### boş değildir. { $host } değişkenine asla ek getirilmez ("example.com’a",
### "192.0.2.10’dan" gibi biçimler yok), çünkü doğru ek adın okunuşuna bağlıdır. Hâl eki
### ardından gelen "sunucu" sözcüğüne getirilir: "{ $host } sunucusuna",
### "{ $host } sunucusundan"; tamlayan olarak "{ $host } sunucusunun".
### İpuçları (hint-*) özetin altında liste olarak gösterilir: nokta ile biten
### tek bir emir cümlesi, en çok 100 karakter. Hangi kodun hangi ipuçlarını
### aldığını katalog (src/catalog.rs) belirler, bütün dillerde aynıdır; bu
### yüzden özet yalnızca ne olduğunu söyler, ipuçlarını tekrarlamaz. Sertifika
### sorunu satırları (cert-flag-*) en çok 120 karakterdir.
### Bu bölümlerde hiçbir API tanımlayıcısı geçmez: sabit, işlev, yöntem ya da
### seçenek adı yok, "_" yok, "WinHTTP" yok, "handle" yok, "callback" yok,
### "PAC" yok ve belgelenmiş değişkenler dışında "{" yok. Günlük sözcükler
### yeğlenir (TLS/SSL yerine "güvenli bağlantı", PAC dosyası yerine Windows ara
### sunucu ayarlarındaki gibi "ara sunucu kurulum betiği").
### Uygulama kitaplığı yanlış kullandığında (eski, ayrılmış ve "kullanım"
### kodları) metin açıkça bu uygulamanın bir iç sorunla karşılaştığını söyler;
### kullanıcı asla suçlanmaz. Güvenlik hatalarında asla atlamak, yok saymak ya
### da yine de devam etmek önerilmez.
### Hitap: Windows’taki gibi "siz" ve kibar emir kipi ("Denetleyin",
### "Yeniden deneyin").
###
### Terimler (Türkçe Windows’ta kullanılanlar):
###   server = sunucu; proxy (server) = ara sunucu; certificate = sertifika
###     (sunucununki: güvenlik sertifikası; kullanıcınınki: sizi tanıtan
###     sertifika); certification authority = sertifika yetkilisi; private
###     key = özel anahtar; revoke = iptal etmek; revocation = iptal;
###   secure connection = güvenli bağlantı; secure channel = güvenli kanal;
###   firewall = güvenlik duvarı; antivirus = virüsten koruma programı;
###   request = istek; response = yanıt; header = üst bilgi; redirect =
###     yeniden yönlendirme; connection = bağlantı; network = ağ;
###   time out = zaman aşımı; sign in = oturum açma; user name = kullanıcı
###     adı; password = parola; URL = URL (kullanıcı için: web adresi);
###   application = uygulama; handle = tanıtıcı (yalnızca açıklamalarda);
###   callback = geri çağırma işlevi (yalnızca açıklamalarda); PAC file =
###     PAC dosyası (açıklamalar) / ara sunucu kurulum betiği (kullanıcı);
###   web protocol = web protokolü; feature = özellik; require = gerektirmek
###     ("istemek" değil); the connection to { $host } = { $host } sunucusuyla
###     kurulan bağlantı.
### Winsock (açıklamalar): socket = yuva; host = ana bilgisayar; name server =
###   ad sunucusu; route = yol; keep-alive = bağlantıyı canlı tutma (keep-alive).
###
### Yazım: son kullanıcı metinlerinde kesme işareti tipografik ’ olur, düz ' asla
### kullanılmaz. Tırnak işareti “…”. Noktalı/noktasız i doğru yazılır: I/ı ve
### İ/i (İstek, İç, bağlantı, sertifika). İki nokta üst üste ve noktalı virgülden
### önce boşluk bırakılmaz. U+2068/U+2069 yok, satır sonunda boşluk yok.

## Generic Windows errors (winerror.h) also returned by WinHTTP

# 2 — WinHttpGetIEProxyConfigForCurrentUser and other settings readers report it
# when a stored setting or file they look for does not exist.
error-file-not-found = Sistem belirtilen dosyayı bulamıyor: işlevin aradığı bir ayar, dosya veya kayıt defteri değeri yok.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: gereken bir ayar veya dosya bulunamadı.
    .summary-host = Bu uygulama { $host } sunucusuna bağlanırken bir iç sorunla karşılaştı: gereken bir ayar veya dosya bulunamadı.
# 6
error-invalid-handle = API’ye geçirilen tanıtıcı geçersiz kılınmış veya kapatılmış.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: önceden kapatılmış bir bağlantıyı kullanmaya çalıştı.
    .summary-host = Bu uygulama bir iç sorunla karşılaştı: { $host } sunucusuyla kurulan ve önceden kapatılmış bir bağlantıyı kullanmaya çalıştı.
# 8
error-not-enough-memory = İstenen işlemi tamamlamak için yeterli bellek yok.
    .title = Bellek yetersiz
    .summary = İstek tamamlanamadan bilgisayarınızın kullanılabilir belleği tükendi.
    .summary-host = { $host } sunucusuna yapılan istek tamamlanamadan bilgisayarınızın kullanılabilir belleği tükendi.
# 18
error-no-more-files = Başka dosya bulunamadı.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir isteğin sonuçlarını okurken bir iç sorunla karşılaştı.
    .summary-host = Bu uygulama { $host } sunucusuna yapılan bir isteğin sonuçlarını okurken bir iç sorunla karşılaştı.
# 50 — Windows networking (Winsock) could not be started.
error-not-supported = Gerekli protokol yığını yüklü değil ve uygulama Winsock’u başlatamıyor.
    .title = Ağ kullanılamıyor
    .summary = Bu uygulamanın gereksinim duyduğu ağ bileşenleri bu bilgisayarda başlatılamadı.
    .summary-host = { $host } sunucusuna bağlanmak için gereken ağ bileşenleri bu bilgisayarda başlatılamadı.
# 87 — for example WinHttpCrackUrl given a URL_COMPONENTS whose dwStructSize is wrong.
error-invalid-parameter = Parametre yanlış: işleve geçirilen bağımsız değişkenlerden biri geçerli değil (örneğin bir NULL işaretçisi, yanlış bir yapı boyutu veya çakışan bayraklar).
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: ağ bileşenine geçerli olmayan bilgiler iletti.
    .summary-host = Bu uygulama { $host } sunucusuna bağlanırken bir iç sorunla karşılaştı: ağ bileşenine geçerli olmayan bilgiler iletti.
# 122
error-insufficient-buffer = İşleve sağlanan arabellek, döndürülen verileri alamayacak kadar küçük. Ayrıntılar için ilgili işlevin belgelerine bakın.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: aldığı veriler için yeterli yer ayırmadı.
    .summary-host = Bu uygulama bir iç sorunla karşılaştı: { $host } sunucusundan aldığı veriler için yeterli yer ayırmadı.
# 259
error-no-more-items = Başka öğe bulunamadı.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir sonuç listesini okurken bir iç sorunla karşılaştı.
    .summary-host = Bu uygulama { $host } sunucusundan gelen bir sonuç listesini okurken bir iç sorunla karşılaştı.

# 997 — WinHttpGetProxyForUrlEx and the WebSocket functions return it when the
# work goes on asynchronously; it only becomes a failure when treated as one.
error-io-pending = Çakışan G/Ç işlemi sürüyor: işlev zaman uyumsuz olarak devam ediyor ve sonucunu durum geri çağırma işlevi aracılığıyla bildiriyor.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: hâlâ sürmekte olan bir isteği başarısız saydı.
    .summary-host = Bu uygulama bir iç sorunla karşılaştı: { $host } sunucusuna yapılan ve hâlâ sürmekte olan bir isteği başarısız saydı.
# 1168
error-not-found = Öğe bulunamadı: işlevden istenen öğe (örneğin bir ara sunucu sonucu, bir girdi veya depolanmış bir ayar) yok.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: var olmayan bir öğe istedi.
    .summary-host = Bu uygulama { $host } sunucusuna bağlanırken bir iç sorunla karşılaştı: var olmayan bir öğe istedi.
# 4317 — for example a WebSocket send after the close handshake started.
error-invalid-operation = İşlem, nesnenin geçerli durumunda geçerli değil; örneğin kapatılmakta olan bir WebSocket üzerinden gönderme ya da başka bir alma işlemi beklerken alma.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: bir bağlantıyı, geçerli durumunun izin vermediği bir şekilde kullanmaya çalıştı.
    .summary-host = Bu uygulama bir iç sorunla karşılaştı: { $host } sunucusuyla bağlantısını, geçerli durumunun izin vermediği bir şekilde kullanmaya çalıştı.

## Winsock errors (winsock2.h) that a WinHTTP implementation passes through
## (Wine's winhttp.dll does; Windows' maps most of them to a 12xxx code).
## To a user they mean what their WinHTTP twin means; the description says
## which code it is.

# 10050
wsaenetdown = Ağ alt sistemi başarısız oldu (WSAENETDOWN): bu bilgisayarın ağ yığını veya ağ bağdaştırıcısı çalışmıyor.
    .title = Ağ çalışmıyor
    .summary = Bu bilgisayardaki ağ çalışmadığı için sunucuya ulaşılamadı.
    .summary-host = Bu bilgisayardaki ağ çalışmadığı için { $host } sunucusuna ulaşılamadı.
# 10051
wsaenetunreach = Ağa ulaşılamıyor (WSAENETUNREACH): bu bilgisayarın sunucunun ağına giden bir yolu yok.
    .title = Ağa ulaşılamıyor
    .summary = Bu bilgisayardan sunucunun ağına giden bir yol olmadığı için sunucuya ulaşılamadı.
    .summary-host = Bu bilgisayardan { $host } sunucusunun ağına giden bir yol olmadığı için sunucuya ulaşılamadı.
# 10052
wsaenetreset = İşlem sürerken bağlantıyı canlı tutma (keep-alive) denetimi bir hata algıladığı için bağlantı koptu (WSAENETRESET).
    .title = Bağlantı kesildi
    .summary = Ağ yanıt vermeyi bıraktığı için sunucuyla bağlantı koptu.
    .summary-host = Ağ yanıt vermeyi bıraktığı için { $host } sunucusuyla bağlantı koptu.
# 10053 — "software caused connection abort": often a firewall or security program.
wsaeconnaborted = Kurulmuş bir bağlantı bu bilgisayardaki bir yazılım tarafından durduruldu (WSAECONNABORTED); örneğin bir veri aktarımı zaman aşımından sonra veya bir güvenlik duvarı tarafından.
    .title = Bağlantı kesildi
    .summary = Sunucuyla bağlantı bu bilgisayar tarafından sonlandırıldı; bunu bir güvenlik duvarı veya güvenlik programı yapmış olabilir.
    .summary-host = { $host } sunucusuyla bağlantı bu bilgisayar tarafından sonlandırıldı; bunu bir güvenlik duvarı veya güvenlik programı yapmış olabilir.
# 10054 — Windows reports ERROR_WINHTTP_CONNECTION_ERROR instead.
wsaeconnreset = Var olan bir bağlantı uzak ana bilgisayar tarafından zorla kapatıldı (WSAECONNRESET).
    .title = Bağlantı kesildi
    .summary = Sunucu bağlantıyı beklenmedik şekilde kapattı.
    .summary-host = { $host } sunucusu bağlantıyı beklenmedik şekilde kapattı.
# 10060 — Windows reports ERROR_WINHTTP_TIMEOUT instead.
wsaetimedout = Karşı taraf zamanında yanıt vermediği için bağlantı denemesi veya aktarım zaman aşımına uğradı (WSAETIMEDOUT).
    .title = Bağlantı zaman aşımına uğradı
    .summary = Sunucunun yanıt vermesi çok uzun sürdü.
    .summary-host = { $host } sunucusunun yanıt vermesi çok uzun sürdü.
# 10061 — Windows reports ERROR_WINHTTP_CANNOT_CONNECT instead.
wsaeconnrefused = Hedef bilgisayar bağlantıyı etkin olarak reddettiği için bağlantı kurulamadı (WSAECONNREFUSED): o bağlantı noktasını dinleyen bir şey yok.
    .title = Bağlantı reddedildi
    .summary = Sunucu bağlantıyı reddetti. Sunucu kapalı olabilir veya bağlantı kabul etmiyor olabilir.
    .summary-host = { $host } sunucusu bağlantıyı reddetti. Sunucu kapalı olabilir veya bağlantı kabul etmiyor olabilir.
# 10064
wsaehostdown = Hedef ana bilgisayar kapalı olduğu için bir yuva işlemi başarısız oldu (WSAEHOSTDOWN).
    .title = Sunucu yanıt vermiyor
    .summary = Sunucu kapalı veya ağ bağlantısı kesilmiş görünüyor.
    .summary-host = { $host } sunucusu kapalı veya ağ bağlantısı kesilmiş görünüyor.
# 10065
wsaehostunreach = Ulaşılamayan bir ana bilgisayara yuva işlemi denendi (WSAEHOSTUNREACH): sunucuya giden bir yol bulunamadı.
    .title = Sunucuya ulaşılamıyor
    .summary = Bu bilgisayardan sunucuya giden bir yol bulunamadı.
    .summary-host = Bu bilgisayardan { $host } sunucusuna giden bir yol bulunamadı.
# 11001 — Windows reports ERROR_WINHTTP_NAME_NOT_RESOLVED instead.
wsahost-not-found = Böyle bir ana bilgisayar bilinmiyor (WSAHOST_NOT_FOUND): ad sunucusunda bu ad için bir adres yok.
    .title = Sunucu bulunamadı
    .summary = Sunucu ağda bulunamadı.
    .summary-host = Ağda { $host } adlı bir sunucu bulunamadı.
# 11002
wsatry-again = Ad sunucusu yetkili bir yanıt vermedi ve arama daha sonra başarılı olabilir (WSATRY_AGAIN): genellikle ad sunucusunun geçici bir hatasıdır.
    .title = Sunucu adı aranamadı
    .summary = Sunucunun adı şu anda aranamadı. Bu genellikle geçici bir sorundur.
    .summary-host = { $host } adı şu anda aranamadı. Bu genellikle geçici bir sorundur.

## WinHTTP-specific errors (winhttp.h)

# 12001 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-out-of-handles = Başka tanıtıcı oluşturulamadı (eski; artık kullanılmıyor).
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı ve güncel sistemlerin artık kullanmadığı bir hata bildirdi.
    .summary-host = Bu uygulama { $host } sunucusuna bağlanırken bir iç sorunla karşılaştı ve güncel sistemlerin artık kullanmadığı bir hata bildirdi.
# 12002
error-winhttp-timeout = İstek zaman aşımına uğradı. Bu, WinHTTP’de ayarlanan zaman aşımı değerlerinden bağımsız olarak TCP/IP zaman aşımı davranışından da kaynaklanabilir.
    .title = Bağlantı zaman aşımına uğradı
    .summary = Sunucunun yanıt vermesi çok uzun sürdü.
    .summary-host = { $host } sunucusunun yanıt vermesi çok uzun sürdü.
# 12004
error-winhttp-internal-error = WinHTTP’de bir iç hata oluştu.
    .title = Beklenmeyen iç hata
    .summary = Beklenmeyen bir iç sorun isteği durdurdu.
    .summary-host = Beklenmeyen bir iç sorun { $host } sunucusuna yapılan isteği durdurdu.
# 12005
error-winhttp-invalid-url = URL geçerli değil.
    .title = Geçersiz web adresi
    .summary = Web adresi geçerli olmadığı için istek gönderilemedi.
    .summary-host = { $host } sunucusuna ulaşmak için kullanılan web adresi geçerli olmadığı için istek gönderilemedi.
# 12006
error-winhttp-unrecognized-scheme = URL, http: veya https: dışında bir düzen belirtiyor.
    .title = Desteklenmeyen web adresi
    .summary = Bu tür bir adres desteklenmiyor. Yalnızca http:// veya https:// ile başlayan adresler açılabilir.
    .summary-host = { $host } sunucusuna ulaşmak için kullanılan adresin türü desteklenmiyor. Yalnızca http:// veya https:// ile başlayan adresler açılabilir.
# 12007
error-winhttp-name-not-resolved = Sunucu adı çözümlenemedi.
    .title = Sunucu bulunamadı
    .summary = Sunucu ağda bulunamadı.
    .summary-host = Ağda { $host } adlı bir sunucu bulunamadı.
# 12009
error-winhttp-invalid-option = WinHttpQueryOption veya WinHttpSetOption çağrısında geçersiz bir seçenek değeri belirtildi.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: geçerli olmayan bir bağlantı ayarı kullandı.
    .summary-host = Bu uygulama { $host } sunucusuna bağlanırken bir iç sorunla karşılaştı: geçerli olmayan bir bağlantı ayarı kullandı.
# 12011
error-winhttp-option-not-settable = İstenen seçenek ayarlanamaz; yalnızca sorgulanabilir.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: yalnızca okunabilen bir bağlantı ayarını değiştirmeye çalıştı.
    .summary-host = Bu uygulama { $host } sunucusuna bağlanırken bir iç sorunla karşılaştı: yalnızca okunabilen bir bağlantı ayarını değiştirmeye çalıştı.
# 12012 — usually seen while the application is closing.
error-winhttp-shutdown = WinHTTP işlev desteği kapatılıyor veya kaldırılıyor.
    .title = Ağ erişimi kapatılıyor
    .summary = Ağ erişimi kapatılmakta olduğu için istek durduruldu; örneğin bu uygulama kapanıyor olabilir.
    .summary-host = Ağ erişimi kapatılmakta olduğu için { $host } sunucusuna yapılan istek durduruldu; örneğin bu uygulama kapanıyor olabilir.
# 12015
error-winhttp-login-failure = Oturum açma denemesi başarısız oldu. Başarısız olan işlevi yeniden denemeden önce istek tanıtıcısını WinHttpCloseHandle ile kapatın ve yeni bir tanıtıcı oluşturun.
    .title = Oturum açılamadı
    .summary = Sunucu oturum açma bilgilerini kabul etmedi.
    .summary-host = { $host } sunucusu oturum açma bilgilerini kabul etmedi.
# 12017 — American spelling "canceled", as in the description.
error-winhttp-operation-cancelled = İşlem iptal edildi; bunun nedeni genellikle isteğin üzerinde çalıştığı tanıtıcının işlem tamamlanmadan kapatılmasıdır.
    .title = İstek iptal edildi
    .summary = İstek tamamlanamadan iptal edildi.
    .summary-host = { $host } sunucusuna yapılan istek tamamlanamadan iptal edildi.
# 12018
error-winhttp-incorrect-handle-type = Sağlanan tanıtıcının türü bu işlem için yanlış.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı ve isteği tamamlayamadı.
    .summary-host = Bu uygulama bir iç sorunla karşılaştı ve { $host } sunucusuna yapılan isteği tamamlayamadı.
# 12019
error-winhttp-incorrect-handle-state = Sağlanan tanıtıcı doğru durumda olmadığı için istenen işlem gerçekleştirilemiyor.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: isteğin adımlarını yanlış sırayla uyguladı.
    .summary-host = Bu uygulama bir iç sorunla karşılaştı: { $host } sunucusuna yapılan isteğin adımlarını yanlış sırayla uyguladı.
# 12029
error-winhttp-cannot-connect = Sunucuyla bağlantı kurulamadı.
    .title = Bağlanılamıyor
    .summary = Bu uygulama sunucuya bağlanamadı.
    .summary-host = Bu uygulama { $host } sunucusuna bağlanamadı.
# 12030
error-winhttp-connection-error = Sunucuyla bağlantı sıfırlandı veya sonlandırıldı ya da uyumsuz bir SSL protokolüyle karşılaşıldı (örneğin WinHTTP 5.1, istemci özellikle etkinleştirmedikçe SSL 2.0’ı desteklemez).
    .title = Bağlantı kesildi
    .summary = Sunucuyla bağlantı beklenmedik şekilde kesildi veya kapandı.
    .summary-host = { $host } sunucusuyla bağlantı beklenmedik şekilde kesildi veya kapandı.
# 12032
error-winhttp-resend-request = WinHTTP işlevi başarısız oldu, ancak aynı istek tanıtıcısı üzerinde yeniden denenebilir.
    .title = İstek gerçekleşmedi
    .summary = İstek bu denemede tamamlanamadı.
    .summary-host = { $host } sunucusuna yapılan istek bu denemede tamamlanamadı.
# 12037
error-winhttp-secure-cert-date-invalid = Gerekli bir sertifika, sistem saatine veya imzalı dosyanın zaman damgasına göre geçerlilik süresi içinde değil ya da sertifika zincirinin geçerlilik süreleri doğru iç içe geçmiyor (CERT_E_EXPIRED veya CERT_E_VALIDITYPERIODNESTING ile eşdeğer).
    .title = Sertifikanın süresi dolmuş veya henüz geçerli değil
    .summary = Bu bilgisayarın saatine göre sunucunun güvenlik sertifikasının süresi dolmuş veya sertifika henüz geçerli değil.
    .summary-host = Bu bilgisayarın saatine göre { $host } sunucusunun güvenlik sertifikasının süresi dolmuş veya sertifika henüz geçerli değil.
# 12038
error-winhttp-secure-cert-cn-invalid = Sertifikanın ortak adı (CN), geçirilen değerle eşleşmiyor (CERT_E_CN_NO_MATCH ile eşdeğer).
    .title = Sertifika başka bir siteye ait
    .summary = Güvenlik sertifikası başka bir site adı için verildiğinden sunucunun kimliği doğrulanamadı.
    .summary-host = { $host } sunucusunun gönderdiği güvenlik sertifikası başka bir ad için verildiğinden sunucunun kimliği doğrulanamadı.
# 12044 — the server asks the user (or the computer) to prove who they are with a certificate.
error-winhttp-client-auth-cert-needed = Sunucu SSL istemci kimlik doğrulaması istiyor (WinHttpReceiveResponse tarafından bildirilir). Kabul edilen sertifika verenleri WinHttpQueryOption ve WINHTTP_OPTION_CLIENT_CERT_ISSUER_LIST ile alın; sertifika isteniyor ancak zorunlu değilse WinHttpSetOption’ı WINHTTP_OPTION_CLIENT_CERT_CONTEXT ile ve lpBuffer içinde WINHTTP_NO_CLIENT_CERT_CONTEXT ile çağırın.
    .title = Sunucu sertifika gerektiriyor
    .summary = Sunucu, bağlantıya izin vermeden önce sizi veya bilgisayarınızı tanıtan bir sertifika gerektiriyor.
    .summary-host = { $host } sunucusu, bağlantıya izin vermeden önce sizi veya bilgisayarınızı tanıtan bir sertifika gerektiriyor.
# 12045
error-winhttp-secure-invalid-ca = Bir sertifika zinciri işlendi, ancak güven sağlayıcısının güvenmediği bir kök sertifikada sonlandı (CERT_E_UNTRUSTEDROOT ile eşdeğer).
    .title = Güvenilmeyen sertifika
    .summary = Sunucunun güvenlik sertifikası, bu bilgisayarın güvenmediği bir yetkili tarafından verilmiş.
    .summary-host = { $host } sunucusunun güvenlik sertifikası, bu bilgisayarın güvenmediği bir yetkili tarafından verilmiş.
# 12057
error-winhttp-secure-cert-rev-failed = İptal sunucusu çevrimdışı olduğu için sertifikanın iptal durumu denetlenemedi (CRYPT_E_REVOCATION_OFFLINE ile eşdeğer).
    .title = Sertifika denetlenemedi
    .summary = İptal edilen sertifikaları bildiren sunucuya ulaşılamadığı için bu bilgisayar, sunucunun güvenlik sertifikasının iptal edilip edilmediğini denetleyemedi.
    .summary-host = İptal edilen sertifikaları bildiren sunucuya ulaşılamadığı için bu bilgisayar, { $host } sunucusunun güvenlik sertifikasının iptal edilip edilmediğini denetleyemedi.
# 12100
error-winhttp-cannot-call-before-open = WinHttpRequest nesnesi, Open yöntemi çağrılmadan istenen işlemi gerçekleştiremez.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: bir isteği hazırlamadan kullanmaya çalıştı.
    .summary-host = Bu uygulama bir iç sorunla karşılaştı: { $host } sunucusuna yönelik bir isteği hazırlamadan kullanmaya çalıştı.
# 12101
error-winhttp-cannot-call-before-send = WinHttpRequest nesnesi, Send yöntemi çağrılmadan istenen işlemi gerçekleştiremez.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: isteği göndermeden yanıt istedi.
    .summary-host = Bu uygulama bir iç sorunla karşılaştı: isteği göndermeden { $host } sunucusundan yanıt istedi.
# 12102
error-winhttp-cannot-call-after-send = WinHttpRequest nesnesi, Send yöntemi çağrıldıktan sonra istenen işlemi gerçekleştiremez.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: önceden gönderilmiş bir isteği değiştirmeye çalıştı.
    .summary-host = Bu uygulama bir iç sorunla karşılaştı: { $host } sunucusuna önceden gönderilmiş bir isteği değiştirmeye çalıştı.
# 12103
error-winhttp-cannot-call-after-open = WinHttpRequest nesnesi, Open yöntemi çağrıldıktan sonra belirtilen seçeneği isteyemez.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: bir istek ayarını artık değiştirilemeyeceği bir aşamada değiştirmeye çalıştı.
    .summary-host = Bu uygulama bir iç sorunla karşılaştı: { $host } sunucusuna yönelik bir isteğin ayarını artık değiştirilemeyeceği bir aşamada değiştirmeye çalıştı.
# 12150
error-winhttp-header-not-found = İstenen üst bilgi bulunamadı.
    .title = Yanıtta bilgi eksik
    .summary = Sunucunun yanıtında bu uygulamanın beklediği bir bilgi yoktu.
    .summary-host = { $host } sunucusunun yanıtında bu uygulamanın beklediği bir bilgi yoktu.
# 12152
error-winhttp-invalid-server-response = Sunucu yanıtı ayrıştırılamadı.
    .title = Sunucudan geçersiz yanıt
    .summary = Sunucu anlaşılamayan bir yanıt gönderdi.
    .summary-host = { $host } sunucusu anlaşılamayan bir yanıt gönderdi.
# 12153 — the application built the request; the user did not type it.
error-winhttp-invalid-header = Sağlanan HTTP üst bilgisi geçerli değil; örneğin biçimi bozuk.
    .title = Geçersiz istek
    .summary = Bu uygulama bilgileri geçerli olmayan bir biçimde göndermeye çalıştığı için istek gönderilemedi.
    .summary-host = Bu uygulama { $host } sunucusuna bilgileri geçerli olmayan bir biçimde göndermeye çalıştığı için istek gönderilemedi.
# 12154 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-invalid-query-request = Bir üst bilgi sorgu isteği geçerli değildi (eski; artık kullanılmıyor).
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı ve güncel sistemlerin artık kullanmadığı bir hata bildirdi.
    .summary-host = Bu uygulama { $host } sunucusuna bağlanırken bir iç sorunla karşılaştı ve güncel sistemlerin artık kullanmadığı bir hata bildirdi.
# 12155 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-header-already-exists = Üst bilgi zaten var olduğu için eklenemedi (eski; artık kullanılmıyor).
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: aynı bilgiyi bir isteğe iki kez eklemeye çalıştı.
    .summary-host = Bu uygulama bir iç sorunla karşılaştı: aynı bilgiyi { $host } sunucusuna yönelik bir isteğe iki kez eklemeye çalıştı.
# 12156
error-winhttp-redirect-failed = Düzen değiştiği için veya tüm yeniden yönlendirme denemeleri başarısız olduğu için (varsayılan olarak beş deneme) yeniden yönlendirme başarısız oldu.
    .title = Yeniden yönlendirme başarısız oldu
    .summary = Sunucu isteği başka bir adrese yönlendirdi, ancak yeniden yönlendirme tamamlanamadı.
    .summary-host = { $host } sunucusu isteği başka bir adrese yönlendirdi, ancak yeniden yönlendirme tamamlanamadı.
# 12157
error-winhttp-secure-channel-error = Güvenli kanalda bir hata oluştu (winerror.h dosyasında tanımlanan SEC_E_ ve SEC_I_ hata kodlarıyla eşdeğer).
    .title = Güvenli bağlantı kurulamadı
    .summary = Sunucuyla güvenli bağlantı kurulurken bir hata oluştu.
    .summary-host = { $host } sunucusuyla güvenli bağlantı kurulurken bir hata oluştu.
# 12166 — "proxy setup script" is the PAC file, named as in the Windows proxy settings.
error-winhttp-bad-auto-proxy-script = Ara sunucu otomatik yapılandırma (PAC) dosyasındaki betik kodu yürütülürken bir hata oluştu.
    .title = Ara sunucu kurulum betiğinde hata
    .summary = Bu ağın ara sunucu kurulum betiği bir hata içeriyor.
    .summary-host = { $host } sunucusuna ulaşmak için kullanılan ara sunucu kurulum betiği bir hata içeriyor.
# 12167
error-winhttp-unable-to-download-script = PAC dosyası indirilemedi; örneğin PAC URL’sinin gösterdiği sunucuya ulaşılamadı veya sunucu 404 Not Found döndürdü.
    .title = Ara sunucu kurulum betiği kullanılamıyor
    .summary = Bu ağın ara sunucu kurulum betiği indirilemedi.
    .summary-host = { $host } sunucusuna ulaşmak için gereken ara sunucu kurulum betiği indirilemedi.
# 12169
error-winhttp-secure-invalid-cert = Bir sertifika geçerli değil (CERT_E_ROLE, CERT_E_PATHLENCONST, CERT_E_CRITICAL, CERT_E_PURPOSE, CERT_E_ISSUERCHAINING, CERT_E_MALFORMED ve CERT_E_CHAINING gibi hatalarla eşdeğer).
    .title = Geçersiz sertifika
    .summary = Sunucunun güvenlik sertifikası geçerli olmadığı için güvenli bağlantı kurulamadı.
    .summary-host = { $host } sunucusunun güvenlik sertifikası geçerli olmadığı için güvenli bağlantı kurulamadı.
# 12170
error-winhttp-secure-cert-revoked = Bir sertifika iptal edilmiş (CRYPT_E_REVOKED ile eşdeğer).
    .title = Sertifika iptal edilmiş
    .summary = Sunucunun güvenlik sertifikası, onu veren yetkili tarafından iptal edildiği için artık güvenilir değil.
    .summary-host = { $host } sunucusunun güvenlik sertifikası, onu veren yetkili tarafından iptal edildiği için artık güvenilir değil.
# 12172 — obsolete: current systems never report it, so the application made a mistake.
error-winhttp-not-initialized = WinHTTP başlatılmadı (eski; artık kullanılmıyor).
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı ve güncel sistemlerin artık kullanmadığı bir hata bildirdi.
    .summary-host = Bu uygulama { $host } sunucusuna bağlanırken bir iç sorunla karşılaştı ve güncel sistemlerin artık kullanmadığı bir hata bildirdi.
# 12175 — the reasons (cert-flag-* below) may be listed under the summary.
error-winhttp-secure-failure = Sunucunun gönderdiği SSL (Secure Sockets Layer) sertifikasında bir veya daha fazla hata bulundu. Hangileri olduğunu öğrenmek için bir durum geri çağırma işlevinde WINHTTP_CALLBACK_STATUS_SECURE_FAILURE bildirimini denetleyin (bkz. WINHTTP_STATUS_CALLBACK).
    .title = Güvenli bağlantı başarısız oldu
    .summary = Sunucunun güvenlik sertifikasında bir veya daha fazla sorun olduğu için güvenli bağlantı kurulamadı.
    .summary-host = { $host } sunucusunun gönderdiği güvenlik sertifikasında bir veya daha fazla sorun olduğu için güvenli bağlantı kurulamadı.
# 12176
error-winhttp-unhandled-script-type = Betik türü desteklenmiyor.
    .title = Desteklenmeyen ara sunucu kurulum betiği
    .summary = Bu ağın ara sunucu kurulum betiğinin türü desteklenmiyor.
    .summary-host = { $host } sunucusuna ulaşmak için kullanılan ara sunucu kurulum betiğinin türü desteklenmiyor.
# 12177 — in practice, the proxy setup script.
error-winhttp-script-execution-error = Bir betik yürütülürken hata oluştu.
    .title = Ara sunucu kurulum betiği çalışmadı
    .summary = Bu ağın ara sunucu kurulum betiği çalıştırılırken bir hata oluştu.
    .summary-host = { $host } sunucusuna ulaşmak için kullanılan ara sunucu kurulum betiği çalıştırılırken bir hata oluştu.
# 12178
error-winhttp-auto-proxy-service-error = WinHttpGetProxyForUrl, belirtilen URL için bir ara sunucu bulamadı.
    .title = Ara sunucu bulunamadı
    .summary = Bu adres için hangi ara sunucunun kullanılacağı belirlenemedi.
    .summary-host = { $host } sunucusu için hangi ara sunucunun kullanılacağı belirlenemedi.
# 12179
error-winhttp-secure-cert-wrong-usage = Bir sertifika istenen kullanım için geçerli değil (CERT_E_WRONG_USAGE ile eşdeğer).
    .title = Sertifika bu kullanım için geçerli değil
    .summary = Sunucunun güvenlik sertifikası bu tür bir bağlantıda kullanılmak için tasarlanmamış.
    .summary-host = { $host } sunucusunun güvenlik sertifikası bu tür bir bağlantıda kullanılmak için tasarlanmamış.
# 12180
error-winhttp-autodetection-failed = WinHttpDetectAutoProxyConfigUrl, ara sunucu otomatik yapılandırma (PAC) dosyasının URL’sini bulamadı.
    .title = Ara sunucu ayarları algılanamadı
    .summary = Bu ağın ara sunucu ayarları otomatik olarak algılanamadı.
    .summary-host = { $host } sunucusuna ulaşmak için gereken ara sunucu ayarları otomatik olarak algılanamadı.
# 12181
error-winhttp-header-count-exceeded = WinHttpReceiveResponse, WinHTTP’nin kabul edebileceğinden daha fazla üst bilgi içeren bir yanıt aldı.
    .title = Sunucu yanıtı reddedildi
    .summary = Sunucu çok fazla üst bilgi içeren bir yanıt gönderdiği için yanıt kabul edilemedi.
    .summary-host = { $host } sunucusu çok fazla üst bilgi içeren bir yanıt gönderdiği için yanıt kabul edilemedi.
# 12182
error-winhttp-header-size-overflow = WinHttpReceiveResponse, toplam boyutu istek tanıtıcısında ayarlanan sınırı aşan üst bilgiler aldı.
    .title = Sunucu yanıtı çok büyük
    .summary = Sunucu, üst bilgileri çok büyük olan bir yanıt gönderdiği için yanıt kabul edilemedi.
    .summary-host = { $host } sunucusu, üst bilgileri çok büyük olan bir yanıt gönderdiği için yanıt kabul edilemedi.
# 12183
error-winhttp-chunked-encoding-header-size-overflow = WinHttpReceiveResponse, yanıtın öbekli aktarım kodlamasını ayrıştırırken taşmayla karşılaştı: bir öbek üst bilgisi izin verilen boyutu aştı.
    .title = Sunucu yanıtı okunamadı
    .summary = Sunucunun yanıtının bir bölümü izin verilenden büyük olduğu için yanıt okunamadı.
    .summary-host = { $host } sunucusunun yanıtının bir bölümü izin verilenden büyük olduğu için yanıt okunamadı.
# 12184
error-winhttp-response-drain-overflow = Gelen bir yanıt, WinHTTP’nin iç boyut sınırlarından birini aştı.
    .title = Sunucu yanıtı boyut sınırını aştı
    .summary = Sunucunun yanıtı bu bilgisayarın izin verdiğinden büyük olduğu için yanıt alınamadı.
    .summary-host = { $host } sunucusunun yanıtı bu bilgisayarın izin verdiğinden büyük olduğu için yanıt alınamadı.
# 12185 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-private-key = SSL istemci sertifikası bağlamıyla ilişkili bir özel anahtar yok; sertifika bilgisayara özel anahtarı olmadan aktarılmış olabilir.
    .title = Sertifikanız kullanılamıyor
    .summary = Sizi tanıtan sertifikanın özel anahtarı eksik olduğu için sertifika kullanılamıyor. Anahtar, sertifika yüklenirken dışarıda bırakılmış olabilir.
    .summary-host = Sizi { $host } sunucusuna tanıtan sertifikanın özel anahtarı eksik olduğu için sertifika kullanılamıyor. Anahtar, sertifika yüklenirken dışarıda bırakılmış olabilir.
# 12186 — the certificate is the user's own (client certificate), not the server's.
error-winhttp-client-cert-no-access-private-key = Uygulama, istemci sertifikasıyla ilişkili özel anahtara erişmek için gereken ayrıcalıklara sahip değil.
    .title = Sertifikanıza erişim reddedildi
    .summary = Bu uygulamanın, sizi tanıtan sertifikanın özel anahtarını kullanma izni yok.
    .summary-host = Bu uygulamanın, sizi { $host } sunucusuna tanıtan sertifikanın özel anahtarını kullanma izni yok.
# 12187
error-winhttp-client-auth-cert-needed-proxy = Ara sunucu, SSL/TLS istemci sertifikasıyla kimlik doğrulaması gerektiriyor; ara sunucu bağlantısı için bir istemci sertifikası sağlanmalıdır.
    .title = Ara sunucu sertifika gerektiriyor
    .summary = Ara sunucu, bağlantıya izin vermeden önce sizi veya bilgisayarınızı tanıtan bir sertifika gerektiriyor.
    .summary-host = Ara sunucu, { $host } sunucusuna bağlanılmasına izin vermeden önce sizi veya bilgisayarınızı tanıtan bir sertifika gerektiriyor.
# 12188
error-winhttp-secure-failure-proxy = Ara sunucuyla güvenli bağlantıda bir SSL/TLS hatası oluştu; örneğin ara sunucunun gönderdiği sertifikada bir sorun var.
    .title = Ara sunucuyla güvenli bağlantı kurulamadı
    .summary = Ara sunucuyla güvenli bağlantı kurulamadı; örneğin ara sunucunun sertifikasında bir sorun olabilir.
    .summary-host = { $host } sunucusuna ulaşmak için kullanılan ara sunucuyla güvenli bağlantı kurulamadı; örneğin ara sunucunun sertifikasında bir sorun olabilir.
# 12189 — reserved: never reported, so the application made a mistake.
error-winhttp-reserved-189 = Ayrılmış kod; kullanılmıyor.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı ve ayrılmış olan, hiç kullanılmayan bir hata bildirdi.
    .summary-host = Bu uygulama { $host } sunucusuna bağlanırken bir iç sorunla karşılaştı ve ayrılmış olan, hiç kullanılmayan bir hata bildirdi.
# 12190 — "web protocol" is HTTP; the versions are HTTP/1.1, HTTP/2 and HTTP/3.
error-winhttp-http-protocol-mismatch = Sunucunun kullandığı HTTP protokolü sürümü istenen veya gereken sürümle eşleşmiyor; örneğin HTTP/2 veya HTTP/3 gerekiyordu ancak üzerinde anlaşılamadı.
    .title = Uyumsuz web protokolü sürümü
    .summary = Sunucu ve bu uygulama, kullanılacak web protokolü sürümü üzerinde anlaşamadı.
    .summary-host = { $host } sunucusu ve bu uygulama, kullanılacak web protokolü sürümü üzerinde anlaşamadı.
# 12191
error-winhttp-global-callback-failed = WinHTTP’ye kaydedilen genel bir geri çağırma işlevi başarısız oldu.
    .title = Uygulamada iç hata
    .summary = Bu uygulama bir iç sorunla karşılaştı: istek işlenirken bileşenlerinden biri başarısız oldu.
    .summary-host = Bu uygulama bir iç sorunla karşılaştı: { $host } sunucusuna yapılan istek işlenirken bileşenlerinden biri başarısız oldu.
# 12192
error-winhttp-feature-disabled = İstenen WinHTTP özelliği devre dışı ve kullanılamaz.
    .title = Özellik kapalı
    .summary = Bu isteğin gereksinim duyduğu bir özellik bu bilgisayarda kapalı.
    .summary-host = { $host } sunucusuna yapılan isteğin gereksinim duyduğu bir özellik bu bilgisayarda kapalı.
# 12193
error-winhttp-fast-forwarding-not-supported = Bu istek veya bağlantı için hızlı iletme (fast forwarding) desteklenmiyor.
    .title = Özellik desteklenmiyor
    .summary = Bu uygulama, bu bağlantının desteklemediği bir özellik istedi.
    .summary-host = Bu uygulama, { $host } sunucusuyla kurulan bağlantının desteklemediği bir özellik istedi.

## Hints: things a user can try, shown as a list under the summary.
## Each is one complete imperative sentence ending with a period, at most 100 characters.
## The catalogue (src/catalog.rs) decides which hints a code shows, and in which order.
hint-check-connection = Ağ bağlantınızı denetleyin.
hint-try-again-later = Biraz bekleyip yeniden deneyin.
hint-check-address = Adresin doğru yazıldığını denetleyin.
hint-check-proxy = Ara sunucu ayarlarınızı denetleyin veya ağ yöneticinize danışın.
hint-check-firewall = Güvenlik duvarının veya virüsten koruma programının bu uygulamayı engellemediğinden emin olun.
hint-check-date-time = Bilgisayarınızın tarihinin, saatinin ve saat diliminin doğru olduğundan emin olun.
hint-update-system = İşletim sisteminizin en son güncelleştirmelerini yükleyin.
hint-contact-site-owner = Sorun devam ederse web sitesinin veya sunucunun sahibiyle iletişime geçin.
hint-contact-support = Bu uygulamanın destek ekibiyle iletişime geçin.
hint-update-app = Bu uygulamanın daha yeni bir sürümü olup olmadığını denetleyin.
hint-restart-app = Bu uygulamayı kapatıp yeniden açın.
hint-restart-computer = Bilgisayarınızı yeniden başlatın.
hint-free-memory = Bellekte yer açmak için diğer programları kapatıp yeniden deneyin.
hint-check-credentials = Kullanıcı adınızın ve parolanızın doğru olduğunu denetleyin.
# Shown when the server or the proxy asks for the user's own certificate, or when it cannot be used.
hint-check-client-certificate = İstenen sertifikanın doğru yüklendiğinden emin olun veya yöneticinize danışın.

## Certificate problems: one line each, shown as a list when a secure connection failed.
## At most 120 characters; one complete sentence ending with a period.
## "The certificate" is the one the server sent.
cert-flag-rev-failed = Bu bilgisayar, sertifikanın iptal edilip edilmediğini denetleyemedi.
cert-flag-invalid-cert = Sertifika geçerli değil.
cert-flag-cert-revoked = Sertifika, onu veren yetkili tarafından iptal edilmiş.
cert-flag-invalid-ca = Sertifika, bu bilgisayarın güvenmediği bir yetkili tarafından verilmiş.
cert-flag-cert-cn-invalid = Sertifika başka bir site adı için verilmiş.
cert-flag-cert-date-invalid = Sertifikanın süresi dolmuş veya sertifika henüz geçerli değil.
cert-flag-cert-wrong-usage = Sertifika bu tür bir bağlantı için tasarlanmamış.
cert-flag-security-channel-error = Güvenli bağlantı kurulurken bir hata oluştu.
# $flags (String): the remaining flags in hexadecimal, e.g. 0x00000100; may hold several.
cert-flag-unknown = Sertifikada, tanımlanamayan bir veya daha fazla sorun var ({ $flags }).

## Codes this library does not know.
# $code (String): the decimal code, e.g. 12345. $hex (String): the same in hexadecimal, 0x00003039.
# $host (String): the server's name (in .summary-host only), e.g. example.com.
# Same limits as the per-code parts: at most 200 characters each.
unknown-code =
    .summary = Bağlanırken beklenmeyen bir sorun oluştu (hata { $code }, { $hex }).
    .summary-host = { $host } sunucusuna bağlanırken beklenmeyen bir sorun oluştu (hata { $code }, { $hex }).

## Composite messages

# $description (String) the description of the code; $name (String) its symbolic name; $code (String) the decimal code.
report-line = { $description } ({ $name }, { $code })
# $code (String) the decimal code; $hex (String) the same code in hexadecimal, e.g. 0x80072EE2.
unknown-error = Bilinmeyen WinHTTP hatası { $code } ({ $hex }).
