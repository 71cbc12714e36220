<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_001" sourcelanguage="en">
  <context>
    <name>posapp</name>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="162" />
      <source>
You can take the payment now: it is saved and sent when the network returns.</source>
      <translation>
Vous pouvez encaisser maintenant : la vente est enregistrée et partira au retour du réseau.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="191" />
      <source>   %1 to %2</source>
      <translation>   %1 à %2</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="695" />
      <source>   serial %1</source>
      <translation>   n° de série %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="197" />
      <source> %1 refund(s) due.</source>
      <translation> %1 remboursement(s) dû(s).</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/instance.py" line="23" />
      <source> (process %1)</source>
      <translation> (processus %1)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="71" />
      <source> - NOT PAID</source>
      <translation> - NON PAYÉ</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="71" />
      <source> - PENDING</source>
      <translation> - EN ATTENTE</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="217" />
      <source> A technician fixes it with `posapp config set`.</source>
      <translation> Un technicien le corrige avec `posapp config set`.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="222" />
      <source> for %1</source>
      <translation> pour %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="66" />
      <source> Supervisor PIN: %1.</source>
      <translation> PIN superviseur : %1.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="129" />
      <source> Try again in a moment.</source>
      <translation> Réessayez dans un instant.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/client.py" line="158" />
      <source> Try the look-up again in a moment.</source>
      <translation> Refaites la recherche dans un instant.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="503" />
      <source>%1

Close anyway? A sale already sent is finished in the background: its token and receipt come at the next start.</source>
      <translation>%1

Fermer quand même ? Une vente déjà envoyée se termine en arrière-plan : son jeton et son reçu viendront au prochain démarrage.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="157" />
      <source>%1  Waiting %2 s...</source>
      <translation>%1  Attente : %2 s...</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="247" />
      <source>%1 %2 of %3</source>
      <translation>%1 %2 sur %3</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="193" />
      <source>%1 (secret)</source>
      <translation>%1 (secret)</translation>
    </message>
    <message>
      <location filename="../../posapp/domain/product.py" line="120" />
      <source>%1 amounts go in steps of %2.</source>
      <translation>Les montants %1 vont par paliers de %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="372" />
      <source>%1 cannot be imported, nothing was changed: %2.</source>
      <translation>%1 ne peut pas être importé, rien n'a été modifié : %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="253" />
      <source>%1 cannot take %2: %3.</source>
      <translation>%1 n'accepte pas %2 : %3.</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="248" />
      <source>%1 cannot take %2: it must be %3.</source>
      <translation>%1 n'accepte pas %2 : il faut %3.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="261" />
      <source>%1 costs %2.</source>
      <translation>%1 coûte %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="276" />
      <source>%1 day</source>
      <translation>%1 jour</translation>
    </message>
    <message>
      <source>%1 day(s)</source>
      <translation type="vanished">%1 jour(s)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="276" />
      <source>%1 days</source>
      <translation>%1 jours</translation>
    </message>
    <message>
      <source>%1 digits</source>
      <translation>%1 chiffres</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="315" />
      <source>%1 does not take %2.</source>
      <translation>%1 n'accepte pas les %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="344" />
      <source>%1 exists and is not a settings file: it is left as it is. Give another name.</source>
      <translation>%1 existe et n'est pas un fichier de réglages : il est laissé tel quel. Donnez un autre nom.</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="363" />
      <source>%1 holds no settings to import.</source>
      <translation>%1 ne contient aucun réglage à importer.</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="138" />
      <source>%1 is a folder, not a settings file.</source>
      <translation>%1 est un dossier, pas un fichier de réglages.</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="333" />
      <source>%1 is a folder: give a file name, like %2.</source>
      <translation>%1 est un dossier : donnez un nom de fichier, comme %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="88" />
      <source>%1 is not a Nigerian mobile number (like 0802 111 1111).</source>
      <translation>%1 n'est pas un numéro de mobile nigérian (comme 0802 111 1111).</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="140" />
      <source>%1 is not a settings file (it is not UTF-8 text).</source>
      <translation>%1 n'est pas un fichier de réglages (ce n'est pas du texte UTF-8).</translation>
    </message>
    <message>
      <location filename="../../posapp/service/users.py" line="233" />
      <source>%1 is the last %2: add another %3 first.</source>
      <translation>%1 est le dernier %2 : ajoutez d'abord un autre %3.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="316" />
      <source>%1 Nothing was sold.</source>
      <translation>%1 Rien n'a été vendu.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="232" />
      <source>%1 of %2</source>
      <translation>%1 sur %2</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="230" />
      <source>%1 paycodes issued. Give each beneficiary their slip.</source>
      <translation>%1 codes de retrait émis. Remettez à chaque bénéficiaire son ticket.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="154" />
      <source>%1 PIN %2 of %3</source>
      <translation>%1 - PIN %2 sur %3</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="198" />
      <source>%1 printed: %2 sale(s), %3.%4</source>
      <translation>%1 imprimé : %2 vente(s), %3.%4</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/device.py" line="59" />
      <source>%1 printing is not installed on this terminal.</source>
      <translation>L'impression %1 n'est pas installée sur ce terminal.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="233" />
      <source>%1 refund due: money the customer paid for nothing sold. Alt+R lists them.</source>
      <translation>%1 remboursement dû : argent payé par un client sans rien recevoir. Alt+R l'affiche.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="233" />
      <source>%1 refunds due: money the customer paid for nothing sold. Alt+R lists them.</source>
      <translation>%1 remboursements dus : argent payé par des clients sans rien recevoir. Alt+R les affiche.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="593" />
      <source>%1 sale left unfinished before this start. Paid ones print their receipt now.</source>
      <translation>%1 vente non terminée avant ce démarrage. Si elle est payée, son reçu s'imprime maintenant.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="292" />
      <source>%1 sale(s)</source>
      <translation>%1 vente(s)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="593" />
      <source>%1 sales left unfinished before this start. Paid ones print their receipt now.</source>
      <translation>%1 ventes non terminées avant ce démarrage. Les ventes payées impriment leur reçu maintenant.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="304" />
      <source>%1 to %2</source>
      <translation>%1 à %2</translation>
    </message>
    <message>
      <source>%1 to %2 digits</source>
      <translation>de %1 à %2 chiffres</translation>
    </message>
    <message>
      <source>%1 token</source>
      <translation type="vanished">Jeton %1</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="129" />
      <source>%1 Try again in a moment.</source>
      <translation>%1 Réessayez dans un instant.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/client.py" line="158" />
      <source>%1 Try the look-up again in a moment.</source>
      <translation>%1 Refaites la recherche dans un instant.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="148" />
      <source>%1, each on its own slip</source>
      <translation>%1, chacun sur son ticket</translation>
    </message>
    <message>
      <location filename="../../posapp/service/setup.py" line="124" />
      <source>%1: %2.</source>
      <translation>%1 : %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="97" />
      <source>%1: the one-time PIN must be 4 digits.</source>
      <translation>%1 : le PIN à usage unique doit avoir 4 chiffres.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="507" />
      <source>&amp;Close anyway</source>
      <translation>&amp;Fermer quand même</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="135" />
      <source>&amp;Live</source>
      <translation>&amp;Réel</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="270" />
      <source>&amp;Test print</source>
      <translation>Impression d'&amp;essai</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="136" />
      <source>&amp;Training</source>
      <translation>&amp;Formation</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="153" />
      <source>&amp;Yes, close the day</source>
      <translation>&amp;Oui, clôturer la journée</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="302" />
      <source>(amount %1 is not a number)</source>
      <translation>(le montant %1 n'est pas un nombre)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="304" />
      <source>(most per batch %1)</source>
      <translation>(maximum par lot : %1)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="312" />
      <source>(not checked - offline)</source>
      <translation>(non vérifié - hors ligne)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="191" />
      <source>(stored: leave empty to keep)</source>
      <translation>(enregistré : vide = inchangé)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="54" />
      <source>*** COPY %1 ***</source>
      <translation>*** COPIE %1 ***</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="711" />
      <source>, ref %1</source>
      <translation>, réf. %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="103" />
      <source>- the terminal id each provider gave this shop, and the credentials they issued;
- the receipt printer switched on and connected, with paper;
- a PIN of 4 to 8 digits for you and one for the supervisor.</source>
      <translation>- l'identifiant de terminal que chaque fournisseur a donné à ce magasin, et ses identifiants d'accès ;
- l'imprimante de reçus allumée et branchée, avec du papier ;
- un code PIN de 4 à 8 chiffres pour vous et un pour le superviseur.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/instance.py" line="24" />
      <source>. Only one counter may run at a time: switch to that window. If it is closing (finishing a sale), wait a few seconds and start again.</source>
      <translation>. Une seule caisse peut tourner à la fois : passez à cette fenêtre. Si elle se ferme (fin d'une vente), attendez quelques secondes et relancez.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="254" />
      <source>/dev/usb/lp0, COM3 or the printer's name</source>
      <translation>/dev/usb/lp0, COM3 ou le nom de l'imprimante</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="142" />
      <source>0%1 is an %2 number: choose %3 to pay with it.</source>
      <translation>0%1 est un numéro %2 : choisissez %3 pour payer avec.</translation>
    </message>
    <message>
      <source>58 mm thermal (POS-5890 class), 32 columns</source>
      <translation>Thermique 58 mm (type POS-5890), 32 colonnes</translation>
    </message>
    <message>
      <source>80 mm thermal (TM-T20 class), 48 columns</source>
      <translation>Thermique 80 mm (type TM-T20), 48 colonnes</translation>
    </message>
    <message>
      <source>80 mm thermal in 42-column mode</source>
      <translation>Thermique 80 mm en mode 42 colonnes</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="477" />
      <source>A batch of paycodes is being sent.</source>
      <translation>Un lot de codes de retrait est en cours d'envoi.</translation>
    </message>
    <message>
      <location filename="../../posapp/secrets.py" line="224" />
      <source>A credential in the secrets file is damaged. Set it again.</source>
      <translation>Un identifiant du fichier de secrets est endommagé. Saisissez-le à nouveau.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/users.py" line="165" />
      <source>A PIN is 4 to 8 digits.</source>
      <translation>Un PIN a de 4 à 8 chiffres.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/http.py" line="47" />
      <source>A provider address is not secure.</source>
      <translation>Une adresse de fournisseur n'est pas sécurisée.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/http.py" line="44" />
      <source>A provider address is not set up right.</source>
      <translation>Une adresse de fournisseur est mal configurée.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="488" />
      <source>A sale has been started (nothing was sent yet).</source>
      <translation>Une vente est commencée (rien n'a encore été envoyé).</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="145" />
      <source>A service: its F key, or arrows then Enter. F8: reprint the last sale. F9: history.</source>
      <translation>Un service : sa touche F, ou les flèches puis Entrée. F8 : réimprimer la dernière vente. F9 : historique.</translation>
    </message>
    <message>
      <source>A setting has a value it cannot take.</source>
      <translation type="vanished">Un réglage a une valeur impossible.</translation>
    </message>
    <message>
      <source>A setting has the wrong type.</source>
      <translation type="vanished">Un réglage n'a pas le bon type.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/users.py" line="172" />
      <source>A user needs a name of up to 40 letters.</source>
      <translation>Un utilisateur doit avoir un nom de 40 lettres au plus.</translation>
    </message>
    <message>
      <source>A user needs a name.</source>
      <translation type="vanished">Un utilisateur doit avoir un nom.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="34" />
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <source>Account number</source>
      <translation>Numéro de compte</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="22" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="137" />
      <source>Add at least one beneficiary for the paycodes.</source>
      <translation>Ajoutez au moins un bénéficiaire pour les codes de retrait.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="358" />
      <source>Add at least one beneficiary.</source>
      <translation>Ajoutez au moins un bénéficiaire.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="131" />
      <source>Add beneficiary (Ctrl+N)</source>
      <translation>Ajouter un bénéficiaire (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="263" />
      <source>Address (IP)</source>
      <translation>Adresse (IP)</translation>
    </message>
    <message>
      <source>Airtel Money</source>
      <translation>Airtel Money</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="59" />
      <source>All sales (Alt+R)</source>
      <translation>Toutes les ventes (Alt+R)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="254" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="309" />
      <source>Amount (%1)</source>
      <translation>Montant (%1)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="111" />
      <source>Amount (NGN)</source>
      <translation>Montant (NGN)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="225" />
      <source>Amount paid</source>
      <translation>Montant payé</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="86" />
      <source>Amount to refund</source>
      <translation>Montant à rembourser</translation>
    </message>
    <message>
      <location filename="../../posapp/service/outbox.py" line="58" />
      <source>Another window or service on this terminal is sending the queue right now; it will finish it. Try again in a minute.</source>
      <translation>Une autre fenêtre ou un autre service de ce terminal envoie la file en ce moment ; il la terminera. Réessayez dans une minute.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="54" />
      <source>Arrows and Enter, or the F key. F9: history.</source>
      <translation>Flèches et Entrée, ou la touche F. F9 : historique.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="81" />
      <source>Arrows and Enter. F5: refresh the list from the provider. Esc: back.</source>
      <translation>Flèches et Entrée. F5 : actualiser la liste du fournisseur. Échap : retour.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="129" />
      <source>Arrows choose; Enter goes on.</source>
      <translation>Les flèches choisissent ; Entrée continue.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="162" />
      <source>As each provider issued them. A credential left empty keeps the one already stored; credentials go to the system's credential store, never to a file.</source>
      <translation>Tels que chaque fournisseur les a donnés. Un identifiant d'accès laissé vide garde celui déjà enregistré ; ils vont dans le coffre du système, jamais dans un fichier.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="200" />
      <source>ask Interswitch</source>
      <translation>demander à Interswitch</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="247" />
      <source>Ask the customer to approve the payment on their phone.</source>
      <translation>Demandez au client de valider le paiement sur son téléphone.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="451" />
      <source>Ask the customer to pay (Enter)</source>
      <translation>Demander au client de payer (Entrée)</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="246" />
      <source>Ask the customer to pay on the card page.</source>
      <translation>Demandez au client de payer sur la page de carte.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="290" />
      <source>Ask the customer to scan the code with their phone's camera and pay on the page it opens.</source>
      <translation>Demandez au client de scanner le code avec l'appareil photo de son téléphone et de payer sur la page qui s'ouvre.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/signin.py" line="57" />
      <source>At the counter now: %1</source>
      <translation>À la caisse maintenant : %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="110" />
      <source>Audit</source>
      <translation>Audit</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="44" />
      <source>Audit trail</source>
      <translation>Journal d'audit</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="354" />
      <source>Awaiting provider: %1</source>
      <translation>Attente fournisseur : %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="176" />
      <source>Awaiting provider: 0</source>
      <translation>Attente fournisseur : 0</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="74" />
      <source>Back</source>
      <translation>Retour</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="87" />
      <source>Back to sale (Esc)</source>
      <translation>Retour à la vente (Échap)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="102" />
      <source>Before you start, have ready:</source>
      <translation>Avant de commencer, ayez sous la main :</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="331" />
      <source>Beneficiary %1 is empty: fill it in or remove it (Ctrl+R).</source>
      <translation>Le bénéficiaire %1 est vide : remplissez-le ou retirez-le (Ctrl+R).</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="147" />
      <source>Beneficiary %1 is not filled in.</source>
      <translation>Le bénéficiaire %1 n'est pas rempli.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="342" />
      <source>Beneficiary %1: %2</source>
      <translation>Bénéficiaire %1 : %2</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="159" />
      <source>Beneficiary %1: enter a one-time PIN or a default PIN.</source>
      <translation>Bénéficiaire %1 : saisissez un PIN à usage unique ou un PIN par défaut.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="154" />
      <source>Beneficiary %1: enter an amount above zero.</source>
      <translation>Bénéficiaire %1 : saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="345" />
      <source>Beneficiary %1: the amount must be above zero.</source>
      <translation>Bénéficiaire %1 : le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="349" />
      <source>Beneficiary %1: the one-time PIN must be 4 digits.</source>
      <translation>Bénéficiaire %1 : le PIN à usage unique doit avoir 4 chiffres.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="337" />
      <source>Beneficiary %1: the phone number must be digits, like 0802 111 1111.</source>
      <translation>Bénéficiaire %1 : le numéro de téléphone ne doit contenir que des chiffres, par ex. 0802 111 1111.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="352" />
      <source>Beneficiary %1: type a one-time PIN, or a default PIN for everyone.</source>
      <translation>Bénéficiaire %1 : saisissez un PIN à usage unique, ou un PIN par défaut pour tous.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="111" />
      <source>Beneficiary phone</source>
      <translation>Téléphone du bénéficiaire</translation>
    </message>
    <message>
      <source>Bills aggregator username</source>
      <translation>Utilisateur de l'agrégateur de factures</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="302" />
      <source>Bills margin (commission)</source>
      <translation>Marge factures (commission)</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="42" />
      <source>Bills payment is not enabled for this shop. Call the owner.</source>
      <translation>Le paiement de factures n'est pas activé pour ce magasin. Appelez le patron.</translation>
    </message>
    <message>
      <source>Bills service</source>
      <translation>Service de factures</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="128" />
      <source>Cancel lookup (Esc)</source>
      <translation>Annuler la recherche (Échap)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="177" />
      <source>Cancel the payment (Esc)</source>
      <translation>Annuler le paiement (Échap)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="165" />
      <source>Cancel, refund cash</source>
      <translation>Annuler, rendre l'argent</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="325" />
      <source>CANCELLED</source>
      <translation>ANNULÉ</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="33" />
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="536" />
      <source>Cancelled. Nothing was paid and nothing was sold.</source>
      <translation>Annulé. Rien n'a été payé ni vendu.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="382" />
      <source>Cancelling...</source>
      <translation>Annulation...</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="350" />
      <source>Cannot write %1: %2.</source>
      <translation>Impossible d'écrire %1 : %2.</translation>
    </message>
    <message>
      <source>Card (Visa / Mastercard)</source>
      <translation>Carte (Visa / Mastercard)</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="363" />
      <source>Card payments need the shop's phone number. Call the technician.</source>
      <translation>Les paiements par carte demandent le numéro de téléphone du magasin. Appelez le technicien.</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Espèces</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="352" />
      <source>Cash is short by %1</source>
      <translation>Il manque %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="369" />
      <source>Cash is short by %1. Type the cash received again.</source>
      <translation>Il manque %1. Saisissez à nouveau les espèces reçues.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="259" />
      <source>Cash out at</source>
      <translation>Retrait chez</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="93" />
      <source>Cash received</source>
      <translation>Espèces reçues</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="446" />
      <source>Cash received (%1) - leave empty if exact</source>
      <translation>Espèces reçues (%1) - vide si compte exact</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="253" />
      <source>Cash received - leave empty if exact</source>
      <translation>Espèces reçues - vide si compte exact</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="319" />
      <source>Cash received is less than %1.</source>
      <translation>Les espèces reçues sont inférieures à %1.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="317" />
      <source>Cash received is only for cash sales.</source>
      <translation>Les espèces reçues ne concernent que les ventes en espèces.</translation>
    </message>
    <message>
      <source>CASH-OUT PAYCODE</source>
      <translation>CODE DE RETRAIT</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="84" />
      <source>Cash-out paycodes</source>
      <translation>Codes de retrait</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="75" />
      <source>Cashier</source>
      <translation>Caissier</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="179" />
      <source>Cashier: %1</source>
      <translation>Caissier : %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="259" />
      <source>Cashier: %1   (F12: switch)</source>
      <translation>Caissier : %1   (F12 : changer)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="94" />
      <source>Change</source>
      <translation>Monnaie rendue</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="706" />
      <source>Change: </source>
      <translation>Monnaie à rendre : </translation>
    </message>
    <message>
      <location filename="../../posapp/ui/customer_display.py" line="97" />
      <source>Change: %1</source>
      <translation>Monnaie à rendre : %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="97" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="621" />
      <source>Check now (F5)</source>
      <translation>Vérifier maintenant (F5)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="256" />
      <source>Checking %1 with the provider...</source>
      <translation>Vérification de %1 auprès du fournisseur...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="172" />
      <source>Checking network</source>
      <translation>Vérification du réseau</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="184" />
      <source>Checking PIN...</source>
      <translation>Vérification du PIN...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="272" />
      <source>Checking the PIN...</source>
      <translation>Vérification du PIN...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="586" />
      <source>Checking with the provider...</source>
      <translation>Vérification auprès du fournisseur...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="603" />
      <source>Checking...</source>
      <translation>Vérification...</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="105" />
      <source>Choose a paycode channel: %1.</source>
      <translation>Choisissez un canal de retrait : %1.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="182" />
      <source>Choose a plan or an amount.</source>
      <translation>Choisissez une formule ou un montant.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="310" />
      <source>Choose a plan.</source>
      <translation>Choisissez une formule.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="229" />
      <source>Choose a service first: its F key, or arrows then Enter.</source>
      <translation>Choisissez d'abord un service : sa touche F, ou les flèches puis Entrée.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="237" />
      <source>Choose how it is connected, then print a test page (Alt+T).</source>
      <translation>Choisissez comment elle est branchée, puis imprimez une page d'essai (Alt+E).</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/client.py" line="297" />
      <source>Choose prepaid or postpaid.</source>
      <translation>Choisissez prépayé ou postpayé.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="229" />
      <source>Choose the plan%1:</source>
      <translation>Choisissez la formule%1 :</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="302" />
      <source>Choose the product first (for example DSTV).</source>
      <translation>Choisissez d'abord le produit (par exemple DSTV).</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/vendor.py" line="41" />
      <source>Choose the product first.</source>
      <translation>Choisissez d'abord le produit.</translation>
    </message>
    <message>
      <source>clientId from Interswitch (IKIA...)</source>
      <translation>clientId donné par Interswitch (IKIA...)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/app.py" line="101" />
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="65" />
      <source>Close (Esc)</source>
      <translation>Fermer (Échap)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="105" />
      <source>Close day (Z)</source>
      <translation>Clôture du jour (Z)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="502" />
      <source>Close the counter?</source>
      <translation>Fermer la caisse ?</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="150" />
      <source>Close the day now? The Z report prints and a new day starts. This cannot be undone.</source>
      <translation>Clôturer la journée maintenant ? Le rapport Z s'imprime et une nouvelle journée commence. C'est définitif.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="149" />
      <source>Close the day?</source>
      <translation>Clôturer la journée ?</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="286" />
      <source>Closed by</source>
      <translation>Clôturé par</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/testpay/client.py" line="43" />
      <source>Collector for the test wallet sandbox. Refuses any address but loopback.</source>
      <translation>Encaisseur du portefeuille de test. Refuse toute adresse sauf la boucle locale.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="318" />
      <source>Columns</source>
      <translation>Colonnes</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="259" />
      <source>Connected by</source>
      <translation>Branchée par</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="132" />
      <source>Continue offline without checking (F6)</source>
      <translation>Continuer hors ligne sans vérifier (F6)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="126" />
      <source>Convenience fee</source>
      <translation>Frais de service</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/words.py" line="57" />
      <source>Copy %1 printed.</source>
      <translation>Copie %1 imprimée.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/signin.py" line="17" />
      <source>Counter locked</source>
      <translation>Caisse verrouillée</translation>
    </message>
    <message>
      <source>Credit token</source>
      <translation>Jeton de crédit</translation>
    </message>
    <message>
      <source>CUPS printer</source>
      <translation>Imprimante CUPS</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="84" />
      <source>Customer</source>
      <translation>Client</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="103" />
      <source>Customer signature: ____________</source>
      <translation>Signature du client : ________</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="450" />
      <source>Customer's %1 number</source>
      <translation>Numéro %1 du client</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="74" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="31" />
      <source>Day closed (Z)</source>
      <translation>Journée clôturée (Z)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="326" />
      <source>Default one-time PIN: it must be 4 digits.</source>
      <translation>PIN à usage unique par défaut : il doit avoir 4 chiffres.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="102" />
      <source>Default PIN</source>
      <translation>PIN par défaut</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="67" />
      <source>DEMO - built-in sandbox providers, no real money.%1</source>
      <translation>DÉMO - fournisseurs simulés intégrés, pas de vrai argent.%1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="22" />
      <source>Detail</source>
      <translation>Détail</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="263" />
      <source>Device</source>
      <translation>Périphérique</translation>
    </message>
    <message>
      <source>Device file (/dev/usb/lp0)</source>
      <translation>Fichier de périphérique (/dev/usb/lp0)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="30" />
      <source>Drawer opened</source>
      <translation>Tiroir ouvert</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="191" />
      <source>Drawer opened by %1.</source>
      <translation>Tiroir ouvert par %1.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="86" />
      <source>Each beneficiary gets a paycode to cash out before it expires. Up to 10 in one batch.</source>
      <translation>Chaque bénéficiaire reçoit un code de retrait à encaisser avant son expiration. Jusqu'à 10 par lot.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="240" />
      <source>Each beneficiary's paycode is on its own slip below.</source>
      <translation>Le code de retrait de chaque bénéficiaire est sur son propre ticket ci-dessous.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="316" />
      <source>Each provider set up on this terminal is called once (no sale is made). Alt+A tests them all again; Enter goes on even if one fails.</source>
      <translation>Chaque fournisseur configuré sur ce terminal est appelé une fois (aucune vente n'est faite). Alt+T les reteste tous ; Entrée continue même si l'un échoue.</translation>
    </message>
    <message>
      <source>eFactory</source>
      <translation>eFactory</translation>
    </message>
    <message>
      <source>eFactory ref</source>
      <translation>Réf. eFactory</translation>
    </message>
    <message>
      <source>eFactory service-centre (business unit) id</source>
      <translation>Identifiant du centre de service eFactory (unité commerciale)</translation>
    </message>
    <message>
      <source>EkoloPay</source>
      <translation>EkoloPay</translation>
    </message>
    <message>
      <source>EkoloPay API client (merchant API id; empty: EkoloPay is off)</source>
      <translation>Client API EkoloPay (identifiant API marchand ; vide : EkoloPay désactivé)</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="69" />
      <source>EkoloPay could not check the payment yet.</source>
      <translation>EkoloPay n'a pas encore pu vérifier le paiement.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="162" />
      <source>EkoloPay had a problem.</source>
      <translation>EkoloPay a eu un problème.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="304" />
      <source>EkoloPay is unavailable just now. Try again later or take another payment.</source>
      <translation>EkoloPay est indisponible pour le moment. Réessayez plus tard ou prenez un autre moyen de paiement.</translation>
    </message>
    <message>
      <source>EkoloPay mobile money</source>
      <translation>EkoloPay mobile money</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="65" />
      <source>EkoloPay refused the payment request.</source>
      <translation>EkoloPay a refusé la demande de paiement.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="153" />
      <source>EkoloPay says its service is unavailable.</source>
      <translation>EkoloPay indique que son service est indisponible.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="270" />
      <source>EkoloPay takes XAF only.</source>
      <translation>EkoloPay n'accepte que les XAF.</translation>
    </message>
    <message>
      <source>EkoloPay token</source>
      <translation>Jeton EkoloPay</translation>
    </message>
    <message>
      <source>Electricity (bills service)</source>
      <translation>Électricité (service de factures)</translation>
    </message>
    <message>
      <source>ELECTRICITY BILL</source>
      <translation>FACTURE D'ÉLECTRICITÉ</translation>
    </message>
    <message>
      <source>Electricity bill (postpaid)</source>
      <translation>Facture d'électricité (postpayé)</translation>
    </message>
    <message>
      <source>Electricity bills</source>
      <translation>Factures d'électricité</translation>
    </message>
    <message>
      <source>Electricity prepaid</source>
      <translation>Électricité prépayée</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="153" />
      <source>Enter an amount greater than zero.</source>
      <translation>Saisissez un montant supérieur à zéro.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="288" />
      <source>Enter moves on; Enter on cash pays. Esc: back.</source>
      <translation>Entrée passe au champ suivant ; Entrée sur les espèces encaisse. Échap : retour.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="455" />
      <source>Enter shows the code for the customer's phone. Esc: back.</source>
      <translation>Entrée affiche le code pour le téléphone du client. Échap : retour.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="359" />
      <source>Enter the customer's mobile money number.</source>
      <translation>Saisissez le numéro mobile money du client.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="135" />
      <source>Enter the tokens in this order:</source>
      <translation>Saisissez les jetons dans cet ordre :</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="176" />
      <source>Enter: new batch. F8: print the slips again. Esc: back to the counter. F9: history.</source>
      <translation>Entrée : nouveau lot. F8 : réimprimer les tickets. Échap : retour à la caisse. F9 : historique.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="334" />
      <source>Enter: new sale. Esc: take the money another way.</source>
      <translation>Entrée : nouvelle vente. Échap : encaisser autrement.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="151" />
      <source>Enter: next field. Ctrl+N: add a beneficiary. Ctrl+R: remove the row you are in. Ctrl+Enter: send. Esc: back to the counter.</source>
      <translation>Entrée : champ suivant. Ctrl+N : ajouter un bénéficiaire. Ctrl+R : retirer la ligne en cours. Ctrl+Entrée : envoyer. Échap : retour à la caisse.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="585" />
      <source>Enter: open the selected sale (token, receipt).  Esc: hide this list (History, F9, still has them).</source>
      <translation>Entrée : ouvrir la vente choisie (jeton, reçu).  Échap : masquer cette liste (l'Historique, F9, les garde).</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="390" />
      <source>Every provider can be reached.</source>
      <translation>Tous les fournisseurs sont joignables.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="140" />
      <source>Every sale and receipt is marked TRAINING: for teaching cashiers, with the providers' test accounts.</source>
      <translation>Chaque vente et chaque reçu porte la mention FORMATION : pour former les caissiers, avec les comptes de test des fournisseurs.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="428" />
      <source>Exact %1</source>
      <translation>Montant exact %1</translation>
    </message>
    <message>
      <source>EXAM</source>
      <translation>EXAMEN</translation>
    </message>
    <message>
      <source>EXAM PINS</source>
      <translation>PIN D'EXAMEN</translation>
    </message>
    <message>
      <source>Exam PINs</source>
      <translation>PIN d'examen</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="160" />
      <source>Expires</source>
      <translation>Expire le</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="208" />
      <source>Expires %1</source>
      <translation>Expire le %1</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="338" />
      <source>Export to a file outside the terminal home (a USB stick, a share).</source>
      <translation>Exportez vers un fichier hors du dossier du terminal (une clé USB, un partage).</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="362" />
      <source>FAILED - </source>
      <translation>ÉCHEC - </translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="522" />
      <source>Finding receipt %1...</source>
      <translation>Recherche du reçu %1...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="116" />
      <source>Finish</source>
      <translation>Terminer</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="284" />
      <source>first sale</source>
      <translation>première vente</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="328" />
      <source>Fix these settings first: %1</source>
      <translation>Corrigez d'abord ces réglages : %1</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="283" />
      <source>From</source>
      <translation>Du</translation>
    </message>
    <message>
      <source>frontEndPartnerId (e.g. 455)</source>
      <translation>frontEndPartnerId (par ex. 455)</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="427" />
      <source>Give the provider's reference for this payment.</source>
      <translation>Donnez la référence du fournisseur pour ce paiement.</translation>
    </message>
    <message>
      <source>Goods / collect payment</source>
      <translation>Marchandises / encaissement</translation>
    </message>
    <message>
      <source>Goods / collect payment (RWF)</source>
      <translation>Marchandises / encaissement (RWF)</translation>
    </message>
    <message>
      <source>Goods / collect payment (USD)</source>
      <translation>Marchandises / encaissement (USD)</translation>
    </message>
    <message>
      <source>Goods / collect payment (XAF)</source>
      <translation>Marchandises / encaissement (XAF)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="239" />
      <source>Hand back</source>
      <translation>À rendre</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="34" />
      <source>Held for a supervisor</source>
      <translation>Bloqué pour un superviseur</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="51" />
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="304" />
      <source>If the customer pays after all, the terminal still records it and shows it as money to refund.</source>
      <translation>Si le client paie malgré tout, le terminal l'enregistre et l'affiche comme argent à rembourser.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="322" />
      <source>If you can read this, printing works.</source>
      <translation>Si vous lisez ceci, l'impression fonctionne.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="56" />
      <source>Interswitch does not know this transaction or account. Nothing was issued. Call support.</source>
      <translation>Interswitch ne connaît pas cette transaction ou ce compte. Rien n'a été émis. Appelez l'assistance.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="325" />
      <source>Interswitch had a problem. The paycodes may have been issued: a supervisor must check this batch.</source>
      <translation>Interswitch a eu un problème. Les codes ont peut-être été émis : un superviseur doit vérifier ce lot.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="399" />
      <source>Interswitch issued no paycode for this batch. Nothing was issued.</source>
      <translation>Interswitch n'a émis aucun code pour ce lot. Rien n'a été émis.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="139" />
      <source>Interswitch issues at most %1 paycodes at a time: split these %2 beneficiaries into batches of %3 or fewer.</source>
      <translation>Interswitch émet au plus %1 codes à la fois : répartissez ces %2 bénéficiaires en lots de %3 au maximum.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="196" />
      <source>Interswitch issues at most %1 paycodes in one batch. Send these, then start a new batch for the others.</source>
      <translation>Interswitch émet au plus %1 codes de retrait par lot. Envoyez ceux-ci, puis commencez un nouveau lot pour les autres.</translation>
    </message>
    <message>
      <source>Interswitch Paycode</source>
      <translation>Interswitch Paycode</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="53" />
      <source>Interswitch refused the batch: a paycode detail is missing. Nothing was issued. Check the beneficiaries and amounts, then try again.</source>
      <translation>Interswitch a refusé le lot : un détail manque. Rien n'a été émis. Vérifiez les bénéficiaires et les montants, puis réessayez.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/sftp.py" line="133" />
      <source>Interswitch refused the paycode file. Nothing was issued.</source>
      <translation>Interswitch a refusé le fichier de codes. Rien n'a été émis.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="59" />
      <source>Interswitch refused this terminal's credentials. Nothing was issued. Call the technician (client id, secret or the PC's clock).</source>
      <translation>Interswitch a refusé les identifiants de ce terminal. Rien n'a été émis. Appelez le technicien (identifiant client, secret ou horloge du PC).</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="286" />
      <source>Interswitch's answer could not be read. The paycodes may have been issued: a supervisor must check this batch.</source>
      <translation>La réponse d'Interswitch est illisible. Les codes ont peut-être été émis : un superviseur doit vérifier ce lot.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="566" />
      <source>It was not paid (refund)</source>
      <translation>Non payé (rembourser)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="565" />
      <source>It was paid</source>
      <translation>Payé</translation>
    </message>
    <message>
      <source>K-Pay</source>
      <translation>K-Pay</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="64" />
      <source>K-Pay already has a payment with this reference; checking its status.</source>
      <translation>K-Pay a déjà un paiement avec cette référence ; vérification de son état.</translation>
    </message>
    <message>
      <source>K-Pay API user (Basic authorization); empty = K-Pay off</source>
      <translation>Utilisateur API K-Pay (autorisation Basic) ; vide = K-Pay désactivé</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="59" />
      <source>K-Pay could not process the payment. No money was taken; try again.</source>
      <translation>K-Pay n'a pas pu traiter le paiement. Aucun argent n'a été prélevé ; réessayez.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="50" />
      <source>K-Pay does not accept payments from this shop's internet address yet. Call the technician.</source>
      <translation>K-Pay n'accepte pas encore les paiements depuis l'adresse internet de ce magasin. Appelez le technicien.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="55" />
      <source>K-Pay does not know this shop's retailer ID. Call the technician.</source>
      <translation>K-Pay ne connaît pas l'identifiant marchand de ce magasin. Appelez le technicien.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="48" />
      <source>K-Pay does not know this terminal's user. Call the technician.</source>
      <translation>K-Pay ne connaît pas l'utilisateur de ce terminal. Appelez le technicien.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="66" />
      <source>K-Pay does not offer this payment method to the shop. Choose another one.</source>
      <translation>K-Pay ne propose pas ce moyen de paiement au magasin. Choisissez-en un autre.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="70" />
      <source>K-Pay has no payment with this reference.</source>
      <translation>K-Pay n'a aucun paiement avec cette référence.</translation>
    </message>
    <message>
      <source>K-Pay ref</source>
      <translation>Réf. K-Pay</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="46" />
      <source>K-Pay refused the terminal's username or password. Call the technician.</source>
      <translation>K-Pay a refusé l'utilisateur ou le mot de passe du terminal. Appelez le technicien.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="53" />
      <source>K-Pay says a detail of the payment is missing. Call support.</source>
      <translation>K-Pay indique qu'il manque un détail du paiement. Appelez l'assistance.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="244" />
      <source>K-Pay sent no card payment page.</source>
      <translation>K-Pay n'a envoyé aucune page de paiement par carte.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="156" />
      <source>K-Pay takes whole %1 only.</source>
      <translation>K-Pay n'accepte que des %1 entiers.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="178" />
      <source>K-Pay's answer could not be read.</source>
      <translation>La réponse de K-Pay est illisible.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="187" />
      <source>K-Pay's answer does not match the payment.</source>
      <translation>La réponse de K-Pay ne correspond pas au paiement.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="164" />
      <source>Keep queued, print slip</source>
      <translation>Garder en attente, imprimer le ticket</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="506" />
      <source>Keep the window open</source>
      <translation>Garder la fenêtre ouverte</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="108" />
      <source>Keep this slip: your receipt and any token can be reprinted with this reference.</source>
      <translation>Gardez ce ticket : votre reçu et vos jetons pourront être réimprimés avec cette référence.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="33" />
      <source>Kept queued</source>
      <translation>Gardé en attente</translation>
    </message>
    <message>
      <source>Key change 1 token</source>
      <translation>Jeton de changement de clé 1</translation>
    </message>
    <message>
      <source>Key change 2 token</source>
      <translation>Jeton de changement de clé 2</translation>
    </message>
    <message>
      <source>Key change token</source>
      <translation>Jeton de changement de clé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="34" />
      <source>Key replay refused</source>
      <translation>Rejeu de clé refusé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="109" />
      <source>Language of the screens and receipts</source>
      <translation>Langue des écrans et des reçus</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="68" />
      <source>Last sale</source>
      <translation>Dernière vente</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="78" />
      <source>Le paiement a échoué.</source>
      <translation>Le paiement a échoué.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="80" />
      <source>Le paiement est rejeté.</source>
      <translation>Le paiement est rejeté.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="82" />
      <source>Le temps d'attente de paiement est dépassé.</source>
      <translation>Le temps d'attente de paiement est dépassé.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="99" />
      <source>Lifetime (minutes)</source>
      <translation>Validité (minutes)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="322" />
      <source>Lifetime: type the minutes the paycodes stay valid, from 1 to %1 (1440 is one day).</source>
      <translation>Validité : saisissez combien de minutes les codes restent valables, de 1 à %1 (1440 = un jour).</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="223" />
      <source>Loading plans...</source>
      <translation>Chargement des formules...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="180" />
      <source>Loading the list...</source>
      <translation>Chargement de la liste...</translation>
    </message>
    <message>
      <source>low</source>
      <translation>presque vide</translation>
    </message>
    <message>
      <source>Maintenance Fee For Single Phase Customers.</source>
      <translation>Frais d'entretien (clients monophasés)</translation>
    </message>
    <message>
      <source>Meter</source>
      <translation>Compteur</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/client.py" line="59" />
      <source>Meter not found. Check the number with the customer.</source>
      <translation>Compteur introuvable. Vérifiez le numéro avec le client.</translation>
    </message>
    <message>
      <source>Meter number</source>
      <translation>Numéro de compteur</translation>
    </message>
    <message>
      <source>Meter type</source>
      <translation>Type de compteur</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="316" />
      <source>Minimum</source>
      <translation>Minimum</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="257" />
      <source>mobile number</source>
      <translation>numéro de mobile</translation>
    </message>
    <message>
      <source>MTN Mobile Money</source>
      <translation>MTN Mobile Money</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="387" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Network (Ethernet/Wi-Fi, port 9100)</source>
      <translation>Réseau (Ethernet/Wi-Fi, port 9100)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="161" />
      <source>New batch (Enter)</source>
      <translation>Nouveau lot (Entrée)</translation>
    </message>
    <message>
      <source>New meter payment</source>
      <translation>Paiement de nouveau compteur</translation>
    </message>
    <message>
      <source>NEW METER PAYMENT</source>
      <translation>PAIEMENT DE NOUVEAU COMPTEUR</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="725" />
      <source>New sale (Ctrl+N)</source>
      <translation>Nouvelle vente (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="178" />
      <source>New sale (Enter)</source>
      <translation>Nouvelle vente (Entrée)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="75" />
      <source>Next</source>
      <translation>Suivant</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="249" />
      <source>No answer from Interswitch: the paycodes may exist. Do NOT send this batch again and do not hand back cash. Call the supervisor.</source>
      <translation>Pas de réponse d'Interswitch : les codes existent peut-être. NE renvoyez PAS ce lot et ne rendez pas l'argent. Appelez le superviseur.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/http.py" line="120" />
      <source>No answer from the provider in time.</source>
      <translation>Pas de réponse du fournisseur à temps.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="528" />
      <source>No clear answer from the provider. Do NOT sell again: the terminal is checking and the token will appear here.</source>
      <translation>Pas de réponse claire du fournisseur. NE revendez PAS : le terminal vérifie et le jeton s'affichera ici.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="672" />
      <source>No clear answer, and this provider cannot be asked. Do NOT sell again. Call the supervisor: they check the provider's portal and settle it.</source>
      <translation>Pas de réponse claire, et ce fournisseur ne peut pas être interrogé. NE revendez PAS. Appelez le superviseur : il vérifie sur le portail du fournisseur et règle la vente.</translation>
    </message>
    <message>
      <location filename="../../posapp/secrets.py" line="378" />
      <source>No credential store to write to.</source>
      <translation>Aucun coffre d'identifiants où écrire.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="160" />
      <source>no expiry</source>
      <translation>sans expiration</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="668" />
      <source>No network. Ask the customer: keep the payment queued (it is sent when the network returns, the token is reprinted from history), or cancel and hand the cash back.</source>
      <translation>Pas de réseau. Demandez au client : garder le paiement en attente (il partira au retour du réseau, le jeton sera réimprimé depuis l'historique), ou annuler et rendre l'argent.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="253" />
      <source>No network: nothing was sent. Keep the batch queued (it is sent by itself when the network returns), or cancel and hand the cash back.</source>
      <translation>Pas de réseau : rien n'a été envoyé. Gardez le lot en attente (il partira tout seul au retour du réseau), ou annulez et rendez l'argent.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="526" />
      <source>No network: the sale is saved and queued. It will complete by itself when the network returns.</source>
      <translation>Pas de réseau : la vente est enregistrée et en attente. Elle se terminera toute seule au retour du réseau.</translation>
    </message>
    <message>
      <source>No printer</source>
      <translation>Pas d'imprimante</translation>
    </message>
    <message>
      <location filename="../../posapp/service/printing.py" line="167" />
      <source>No printer is set up on this terminal.</source>
      <translation>Aucune imprimante n'est configurée sur ce terminal.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="198" />
      <source>No provider is configured yet: import a settings file (posapp config import FILE) or set them with posapp config.</source>
      <translation>Aucun fournisseur n'est encore configuré : importez un fichier de réglages (posapp config import FICHIER) ou réglez-les avec posapp config.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="347" />
      <source>No provider is set up on this terminal yet.</source>
      <translation>Aucun fournisseur n'est encore configuré sur ce terminal.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="386" />
      <source>No provider set up</source>
      <translation>Aucun fournisseur configuré</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/app.py" line="99" />
      <source>No sale can be taken on this terminal until this is fixed. The technician's guide: docs/BACKUP.md.</source>
      <translation>Aucune vente n'est possible sur ce terminal tant que ce n'est pas réparé. Guide du technicien : docs/BACKUP.md.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="524" />
      <source>No sale with that receipt number or reference.</source>
      <translation>Aucune vente avec ce numéro de reçu ou cette référence.</translation>
    </message>
    <message>
      <source>No sale with that receipt number.</source>
      <translation type="vanished">Aucune vente avec ce numéro de reçu.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="86" />
      <source>No sale yet today.</source>
      <translation>Pas encore de vente aujourd'hui.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="289" />
      <source>No sales in this period.</source>
      <translation>Aucune vente sur cette période.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="152" />
      <source>No, keep the day open</source>
      <translation>Non, garder la journée ouverte</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="95" />
      <source>Nobody can sign in to this counter yet. These steps set it up: training or live, the terminal's ids, the receipt printer, a test of each provider, and the technician's and supervisor's PINs. Enter: next. Esc: back.</source>
      <translation>Personne ne peut encore se connecter à cette caisse. Ces étapes la configurent : formation ou réel, les identifiants du terminal, l'imprimante de reçus, un test de chaque fournisseur, et les PIN du technicien et du superviseur. Entrée : suivant. Échap : retour.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="236" />
      <source>NOT ISSUED</source>
      <translation>NON ÉMIS</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="245" />
      <source>Not issued. Give the customer %1 back.</source>
      <translation>Non émis. Rendez %1 au client.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="238" />
      <source>NOT ISSUED: %1. Hand back %2 to the customer for these.</source>
      <translation>NON ÉMIS : %1. Rendez %2 au client pour ceux-ci.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="85" />
      <source>Not issued: refund</source>
      <translation>Non émis : rembourser</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="32" />
      <source>Not paid</source>
      <translation>Non payé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="315" />
      <source>NOT PAID - declined</source>
      <translation>NON PAYÉ - refusé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="320" />
      <source>NOT PAID IN TIME</source>
      <translation>NON PAYÉ À TEMPS</translation>
    </message>
    <message>
      <location filename="../../posapp/service/sending.py" line="331" />
      <source>Not paid in time.</source>
      <translation>Pas payé à temps.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/customer_display.py" line="101" />
      <source>Not paid.</source>
      <translation>Non payé.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="531" />
      <source>Not paid. Give the customer their cash back.</source>
      <translation>Non payé. Rendez l'argent au client.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="535" />
      <source>Not paid. Nothing was sold.</source>
      <translation>Non payé. Rien n'a été vendu.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="32" />
      <source>Not paid: refund due</source>
      <translation>Non payé : à rembourser</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="389" />
      <source>Not reachable: </source>
      <translation>Injoignable : </translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="179" />
      <source>Not signed in</source>
      <translation>Personne n'est connecté</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="308" />
      <source>NOT YET SETTLED (queued / in doubt)</source>
      <translation>PAS ENCORE RÉGLÉ (en file / incertain)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="332" />
      <source>Nothing was paid and nothing was sold.</source>
      <translation>Rien n'a été payé ni vendu.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="670" />
      <source>Nothing was paid for this sale, so there is no receipt to print.</source>
      <translation>Rien n'a été payé pour cette vente : il n'y a pas de reçu à imprimer.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="326" />
      <source>Nothing was sold. </source>
      <translation>Rien n'a été vendu. </translation>
    </message>
    <message>
      <source>Number</source>
      <translation type="vanished">Numéro</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="343" />
      <source>OFFLINE</source>
      <translation>HORS LIGNE</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>normal</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="362" />
      <source>OK - </source>
      <translation>OK - </translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="261" />
      <source>One-time PIN</source>
      <translation>PIN à usage unique</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="343" />
      <source>Online</source>
      <translation>En ligne</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="235" />
      <source>Only %1 of %2 paycodes issued. Give each beneficiary below their slip.</source>
      <translation>Seulement %1 codes de retrait émis sur %2. Remettez à chaque bénéficiaire ci-dessous son ticket.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="450" />
      <source>Only a sale held for a supervisor can be sent again.</source>
      <translation>Seule une vente bloquée pour un superviseur peut être renvoyée.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="424" />
      <source>Only a sale in doubt can be settled by hand.</source>
      <translation>Seule une vente incertaine peut être réglée à la main.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="462" />
      <source>Only a sale that is waiting to be sent can be cancelled.</source>
      <translation>Seule une vente en attente d'envoi peut être annulée.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="391" />
      <source>Only a sale waiting to be sent can be kept in the queue.</source>
      <translation>Seule une vente en attente d'envoi peut rester dans la file.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="404" />
      <source>Only a sale with a refund due can be marked as refunded.</source>
      <translation>Seule une vente avec un remboursement dû peut être marquée comme remboursée.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="77" />
      <source>only if the portal shows them, in beneficiary order</source>
      <translation>seulement si le portail les affiche, dans l'ordre des bénéficiaires</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="84" />
      <source>Open / reprint (Enter)</source>
      <translation>Ouvrir / réimprimer (Entrée)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="106" />
      <source>Open drawer</source>
      <translation>Ouvrir le tiroir</translation>
    </message>
    <message>
      <source>out</source>
      <translation>épuisé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="318" />
      <source>Outstanding</source>
      <translation>Impayé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="112" />
      <source>Own PIN (blank: default)</source>
      <translation>PIN propre (vide : par défaut)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="29" />
      <source>Paid</source>
      <translation>Payé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="308" />
      <source>PAID AFTER CANCEL - REFUND DUE</source>
      <translation>PAYÉ APRÈS ANNULATION - À REMBOURSER</translation>
    </message>
    <message>
      <location filename="../../posapp/service/sending.py" line="209" />
      <source>Paid after the sale was cancelled: refund the customer.</source>
      <translation>Payé après l'annulation de la vente : remboursez le client.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="525" />
      <source>Paid and printed.</source>
      <translation>Payé et imprimé.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="89" />
      <source>Paid by</source>
      <translation>Payé par</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="298" />
      <source>PAID BY</source>
      <translation>MODES DE PAIEMENT</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="711" />
      <source>Paid by %1</source>
      <translation>Payé par %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="244" />
      <source>Paid by (Up / Down to change)</source>
      <translation>Payé par (Haut / Bas pour changer)</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="76" />
      <source>Paid by mobile money.</source>
      <translation>Payé par mobile money.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="350" />
      <source>Paid sales whose receipt has not printed yet</source>
      <translation>Ventes payées dont le reçu n'est pas encore imprimé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="29" />
      <source>Paid, printed</source>
      <translation>Payé, imprimé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/words.py" line="20" />
      <source>Paid, receipt not printed</source>
      <translation>Payé, reçu non imprimé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="598" />
      <source>Paid, receipt printing now</source>
      <translation>Payé, reçu en cours d'impression</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/words.py" line="15" />
      <source>Paid, sending</source>
      <translation>Payé, envoi en cours</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="666" />
      <source>Paid. Give the customer the PIN slips.</source>
      <translation>Payé. Remettez au client les tickets PIN.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="664" />
      <source>Paid. Give the customer the receipt.</source>
      <translation>Payé. Remettez le reçu au client.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="524" />
      <source>Paid. Read the token(s) to the customer.</source>
      <translation>Payé. Lisez le(s) jeton(s) au client.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="534" />
      <source>Paid. Sending...</source>
      <translation>Payé. Envoi...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/customer_display.py" line="100" />
      <source>Paid. Thank you.</source>
      <translation>Payé. Merci.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="76" />
      <source>Paiement réussi.</source>
      <translation>Paiement réussi.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="260" />
      <source>Paper / model</source>
      <translation>Papier / modèle</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="282" />
      <source>Pay cash (Enter)</source>
      <translation>Payer en espèces (Entrée)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="140" />
      <source>Paycode</source>
      <translation>Code de retrait</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="140" />
      <source>Paycode for %1</source>
      <translation>Code de retrait - %1</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="252" />
      <source>PAYCODE FOR %1</source>
      <translation>CODE DE RETRAIT - %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="232" />
      <source>Paycode issued. Give the beneficiary the slip.</source>
      <translation>Code de retrait émis. Remettez le ticket au bénéficiaire.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="134" />
      <source>Paycodes are in naira only.</source>
      <translation>Les codes de retrait sont en naira uniquement.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="79" />
      <source>Paycodes from the portal</source>
      <translation>Codes affichés par le portail</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="232" />
      <source>Paycodes issued</source>
      <translation>Codes émis</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/__init__.py" line="126" />
      <source>Paycodes need Interswitch's PIN security component with its key material. Call the technician.</source>
      <translation>Les codes de retrait demandent le composant de sécurité PIN d'Interswitch et ses clés. Appelez le technicien.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="454" />
      <source>Paycodes need no lookup: enter the beneficiaries.</source>
      <translation>Les codes de retrait n'ont pas besoin de recherche : saisissez les bénéficiaires.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="33" />
      <source>Payment cancelled</source>
      <translation>Paiement annulé</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="110" />
      <source>PAYMENT PENDING</source>
      <translation>EN ATTENTE</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="91" />
      <source>Payment ref</source>
      <translation>Réf. paiement</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="272" />
      <source>Payment reference %1</source>
      <translation>Référence de paiement %1</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="158" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="389" />
      <source>PIN again</source>
      <translation>PIN (encore)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="28" />
      <source>PIN changed</source>
      <translation>PIN modifié</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="25" />
      <source>PIN entry locked</source>
      <translation>Saisie du PIN bloquée</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="26" />
      <source>PIN refused (locked)</source>
      <translation>PIN refusé (bloqué)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="148" />
      <source>PINs</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="80" />
      <source>Plan</source>
      <translation>Formule</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/customer_display.py" line="100" />
      <source>Please wait...</source>
      <translation>Veuillez patienter...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="746" />
      <source>PNG</source>
      <translation>PNG</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="263" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/customer_display.py" line="52" />
      <source>posapp - customer display</source>
      <translation>posapp - écran client</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="53" />
      <source>posapp - set up this terminal</source>
      <translation>posapp - configurer ce terminal</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="102" />
      <source>posapp - terminal %1</source>
      <translation>posapp - terminal %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/app.py" line="85" />
      <source>posapp - the counter cannot start</source>
      <translation>posapp - la caisse ne peut pas démarrer</translation>
    </message>
    <message>
      <source>PREPAID ELECTRICITY</source>
      <translation>ÉLECTRICITÉ PRÉPAYÉE</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="163" />
      <source>Print again (F8)</source>
      <translation>Réimprimer (F8)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="292" />
      <source>Print slip (F8)</source>
      <translation>Imprimer le ticket (F8)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="317" />
      <source>PRINTER TEST</source>
      <translation>TEST D'IMPRIMANTE</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="178" />
      <source>Printer: checking...</source>
      <translation>Imprimante : vérification...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="404" />
      <source>Printer: no paper</source>
      <translation>Imprimante : plus de papier</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="404" />
      <source>Printer: not ready</source>
      <translation>Imprimante : pas prête</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="406" />
      <source>Printer: paper low</source>
      <translation>Imprimante : papier presque fini</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="406" />
      <source>Printer: ready</source>
      <translation>Imprimante : prête</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="188" />
      <source>Printing a test page...</source>
      <translation>Impression d'une page d'essai...</translation>
    </message>
    <message>
      <source>Printing the receipt and %1 paycode slip(s)...</source>
      <translation type="vanished">Impression du reçu et de %1 ticket(s) de code de retrait...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="225" />
      <source>Printing the receipt and %1 paycode slip...</source>
      <translation>Impression du reçu et de %1 ticket de code de retrait...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="225" />
      <source>Printing the receipt and %1 paycode slips...</source>
      <translation>Impression du reçu et de %1 tickets de code de retrait...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="488" />
      <source>Printing...</source>
      <translation>Impression...</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="78" />
      <source>Product</source>
      <translation>Produit</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="318" />
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="557" />
      <source>Provider reference</source>
      <translation>Référence du fournisseur</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="32" />
      <source>Queued sale cancelled</source>
      <translation>Vente en attente annulée</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/words.py" line="17" />
      <source>Queued, sent when the network returns</source>
      <translation>En attente, envoyée au retour du réseau</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="347" />
      <source>Queued: %1</source>
      <translation>En attente : %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="174" />
      <source>Queued: 0</source>
      <translation>En attente : 0</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="256" />
      <source>Queued: it is sent by itself when the network returns.</source>
      <translation>En file d'attente : il partira tout seul au retour du réseau.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="30" />
      <source>Queued: sent when the network returns</source>
      <translation>En attente : envoyée au retour du réseau</translation>
    </message>
    <message>
      <location filename="../../posapp/service/setup.py" line="164" />
      <source>Ready (works on this terminal only).</source>
      <translation>Prêt (fonctionne sur ce terminal seulement).</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="139" />
      <source>Real sales: real money and real tokens.</source>
      <translation>Ventes réelles : vrai argent et vrais jetons.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="101" />
      <source>Reason: %1</source>
      <translation>Motif : %1</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="74" />
      <source>Receipt</source>
      <translation>Reçu</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="90" />
      <source>Receipt %1</source>
      <translation>Reçu %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="281" />
      <source>Receipt %1    Reference %2    Channel %3</source>
      <translation>Reçu %1    Référence %2    Canal %3</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="542" />
      <source>Receipt %1 (%2) cannot be sold again from here: choose the service.</source>
      <translation>Le reçu %1 (%2) ne peut pas être revendu d'ici : choisissez le service.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="496" />
      <source>Receipt not printed: %1 The sale is safe; use Print again or History.</source>
      <translation>Reçu non imprimé : %1 La vente est conservée ; utilisez Réimprimer ou l'Historique.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="137" />
      <source>receipt number</source>
      <translation>numéro de reçu</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/words.py" line="57" />
      <source>Receipt printed.</source>
      <translation>Reçu imprimé.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="236" />
      <source>Receipt printer</source>
      <translation>Imprimante de reçus</translation>
    </message>
    <message>
      <source>Reconnection bill</source>
      <translation>Facture de reconnexion</translation>
    </message>
    <message>
      <source>Reconnection fee</source>
      <translation>Frais de reconnexion</translation>
    </message>
    <message>
      <source>RECONNECTION FEE</source>
      <translation>FRAIS DE RECONNEXION</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="86" />
      <source>Record them</source>
      <translation>Les enregistrer</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="102" />
      <source>Reference</source>
      <translation>Référence</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="703" />
      <source>Reference %1</source>
      <translation>Référence %1</translation>
    </message>
    <message>
      <source>Reference ID</source>
      <translation>Réf. ID</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="562" />
      <source>Refreshing the list...</source>
      <translation>Actualisation de la liste...</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="97" />
      <source>REFUND DUE</source>
      <translation>À REMBOURSER</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/words.py" line="22" />
      <source>Refund due</source>
      <translation>À rembourser</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="660" />
      <source>REFUND DUE: the customer paid %1 by %2 but nothing was sold. A supervisor gives the money back.</source>
      <translation>À REMBOURSER : le client a payé %1 par %2 mais rien n'a été vendu. Un superviseur rend l'argent.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="113" />
      <source>Refund handed back</source>
      <translation>Remboursement rendu</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="281" />
      <source>Refund of %1 on %2 recorded as handed back.</source>
      <translation>Remboursement de %1 sur %2 enregistré comme rendu.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/words.py" line="25" />
      <source>Refunded</source>
      <translation>Remboursée</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="56" />
      <source>Refunds due (Alt+R)</source>
      <translation>Remboursements dus (Alt+R)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="304" />
      <source>REFUNDS DUE (cash to hand back)</source>
      <translation>REMBOURSEMENTS DUS (argent à rendre)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="358" />
      <source>Refunds due: %1</source>
      <translation>À rembourser : %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="177" />
      <source>Refunds due: 0</source>
      <translation>À rembourser : 0</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="26" />
      <source>Refused</source>
      <translation>Refusé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/words.py" line="21" />
      <source>Refused by the provider</source>
      <translation>Refusé par le fournisseur</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="132" />
      <source>Remove row (Ctrl+R)</source>
      <translation>Retirer la ligne (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="74" />
      <source>Reprint (F8)</source>
      <translation>Réimprimer (F8)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="29" />
      <source>Role changed</source>
      <translation>Rôle modifié</translation>
    </message>
    <message>
      <location filename="../../posapp/service/users.py" line="178" />
      <source>Role must be one of %1.</source>
      <translation>Le rôle doit être l'un de : %1.</translation>
    </message>
    <message>
      <source>SALE</source>
      <translation>VENTE</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="455" />
      <source>Sale %1 finished by the provider: receipt printed.</source>
      <translation>Vente %1 terminée par le fournisseur : reçu imprimé.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="457" />
      <source>Sale %1 finished; receipt not printed: %2</source>
      <translation>Vente %1 terminée ; reçu non imprimé : %2</translation>
    </message>
    <message>
      <source>Sale ref</source>
      <translation>Réf. vente</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="296" />
      <source>Sales completed</source>
      <translation>Ventes terminées</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="355" />
      <source>Sales waiting for the provider's answer (or a supervisor)</source>
      <translation>Ventes en attente de la réponse du fournisseur (ou d'un superviseur)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="321" />
      <source>SAMPLE TOKEN</source>
      <translation>JETON D'EXEMPLE</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="215" />
      <source>Saving the users...</source>
      <translation>Enregistrement des utilisateurs...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="145" />
      <source>Saving: %1...</source>
      <translation>Enregistrement : %1...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="54" />
      <source>Search meter, phone, receipt, reference or name</source>
      <translation>Chercher compteur, téléphone, reçu, référence ou nom</translation>
    </message>
    <message>
      <source>Search meter, receipt, reference or name</source>
      <translation type="vanished">Chercher compteur, reçu, référence ou nom</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="271" />
      <source>Select a sale with a refund due first.</source>
      <translation>Choisissez d'abord une vente avec un remboursement dû.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="132" />
      <source>Sell again from an old receipt: scan its QR code or type its receipt number, then Enter.</source>
      <translation>Revendre d'après un ancien reçu : scannez son code QR ou saisissez son numéro, puis Entrée.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="84" />
      <source>Send again, same reference</source>
      <translation>Renvoyer, même référence</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="145" />
      <source>Send to Interswitch (Ctrl+Enter)</source>
      <translation>Envoyer à Interswitch (Ctrl+Entrée)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/words.py" line="18" />
      <source>Sending</source>
      <translation>Envoi en cours</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="144" />
      <source>Sending %1 paycode (%2) to Interswitch. Please wait; do not send again.</source>
      <translation>Envoi de %1 code de retrait (%2) à Interswitch. Patientez ; ne renvoyez pas.</translation>
    </message>
    <message>
      <source>Sending %1 paycode(s) (%2) to Interswitch. Please wait; do not send again.</source>
      <translation type="vanished">Envoi de %1 code(s) de retrait (%2) à Interswitch. Patientez ; ne renvoyez pas.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="144" />
      <source>Sending %1 paycodes (%2) to Interswitch. Please wait; do not send again.</source>
      <translation>Envoi de %1 codes de retrait (%2) à Interswitch. Patientez ; ne renvoyez pas.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="377" />
      <source>Sending %1 to the provider. Please wait; do not sell again.</source>
      <translation>Envoi de %1 au fournisseur. Patientez ; ne revendez pas.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="273" />
      <source>Sending the same batch again with the same reference...</source>
      <translation>Renvoi du même lot avec la même référence...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="530" />
      <source>Sending...</source>
      <translation>Envoi...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="352" />
      <source>Sending: %1</source>
      <translation>Envoi : %1</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="159" />
      <source>Serial</source>
      <translation>N° de série</translation>
    </message>
    <message>
      <source>Serial (COM port)</source>
      <translation>Série (port COM)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="94" />
      <source>Set up this terminal</source>
      <translation>Configurer ce terminal</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="107" />
      <source>Settings are saved in %1</source>
      <translation>Les réglages sont enregistrés dans %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="32" />
      <source>Settled by hand</source>
      <translation>Réglé à la main</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="242" />
      <source>Settled.</source>
      <translation>Réglé.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="31" />
      <source>Shift closed</source>
      <translation>Service clôturé</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="279" />
      <source>SHIFT REPORT</source>
      <translation>RAPPORT DE SERVICE</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="104" />
      <source>Shift report</source>
      <translation>Rapport de service</translation>
    </message>
    <message>
      <source>Shop</source>
      <translation>Magasin</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="41" />
      <source>Shop address (receipts)</source>
      <translation>Adresse du magasin (reçus)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="40" />
      <source>Shop name (receipts)</source>
      <translation>Nom du magasin (reçus)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="454" />
      <source>Show the payment QR code (Enter)</source>
      <translation>Afficher le code QR de paiement (Entrée)</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="64" />
      <source>Show the QR code to the customer.</source>
      <translation>Montrez le code QR au client.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="311" />
      <source>Signature: ____________________</source>
      <translation>Signature : ____________________</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="27" />
      <source>Signed in</source>
      <translation>Connecté</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="229" />
      <source>Slips not printed: %1 The paycodes are safe; use Print again or History.</source>
      <translation>Tickets non imprimés : %1 Les codes sont conservés ; utilisez Réimprimer ou l'Historique.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="233" />
      <source>Slips printed.</source>
      <translation>Tickets imprimés.</translation>
    </message>
    <message>
      <source>Smartcard</source>
      <translation>Carte à puce</translation>
    </message>
    <message>
      <source>Smartcard / IUC number</source>
      <translation>Numéro de carte à puce / IUC</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="32" />
      <source>Something went wrong. The technician can read the log.</source>
      <translation>Une erreur s'est produite. Le technicien peut lire le journal.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="132" />
      <source>Something went wrong; see the log.</source>
      <translation>Une erreur s'est produite ; voir le journal.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/words.py" line="13" />
      <source>Started</source>
      <translation>Commencée</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="379" />
      <source>Starting the %1 payment of %2. Please wait.</source>
      <translation>Lancement du paiement %1 de %2. Patientez.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="33" />
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="111" />
      <source>Step %1 of %2</source>
      <translation>Étape %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../posapp/service/sending.py" line="153" />
      <source>Still in doubt: the provider cannot be reached to check.</source>
      <translation>Toujours incertain : impossible de joindre le fournisseur pour vérifier.</translation>
    </message>
    <message>
      <source>subscriberId: the shop's customer id</source>
      <translation>subscriberId : l'identifiant client du magasin</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="383" />
      <source>Supervisor</source>
      <translation>Superviseur</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="78" />
      <source>Supervisor PIN</source>
      <translation>PIN du superviseur</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="106" />
      <source>Supervisor: find reference %1 in Interswitch's portal. The batch as sent:
%2
Not there: send it again (same reference) or refund. There: record its paycodes.</source>
      <translation>Superviseur : cherchez la référence %1 sur le portail Interswitch. Le lot tel qu'envoyé :
%2
Absente : renvoyez-le (même référence) ou remboursez. Présente : enregistrez ses codes.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="551" />
      <source>Supervisor: settle from the provider's portal</source>
      <translation>Superviseur : régler d'après le portail du fournisseur</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="257" />
      <source>Surcharge</source>
      <translation>Frais de retrait</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="208" />
      <source>Surcharge %1</source>
      <translation>Frais de retrait %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/signin.py" line="16" />
      <source>Switch cashier</source>
      <translation>Changer de caissier</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="180" />
      <source>Take it another way (Esc)</source>
      <translation>Encaisser autrement (Échap)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="120" />
      <source>Tariff</source>
      <translation>Tarif</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="382" />
      <source>Technician</source>
      <translation>Technicien</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="366" />
      <source>Technician and supervisor</source>
      <translation>Technicien et superviseur</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="75" />
      <source>Terminal</source>
      <translation>Terminal</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="161" />
      <source>Terminal and provider ids</source>
      <translation>Identifiants du terminal et des fournisseurs</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="39" />
      <source>Terminal id</source>
      <translation>Identifiant du terminal</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="330" />
      <source>Test &amp;all again</source>
      <translation>&amp;Tout retester</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="195" />
      <source>Test page printed (paper: %1). Check it reads well, then Enter.</source>
      <translation>Page d'essai imprimée (papier : %1). Vérifiez qu'elle se lit bien, puis Entrée.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="315" />
      <source>Test the providers</source>
      <translation>Tester les fournisseurs</translation>
    </message>
    <message>
      <source>Test wallet</source>
      <translation>Portefeuille de test</translation>
    </message>
    <message>
      <source>Test wallet (training)</source>
      <translation>Portefeuille de test (formation)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="352" />
      <source>Testing...</source>
      <translation>Test en cours...</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="55" />
      <source>Thank you. Keep this receipt.</source>
      <translation>Merci. Gardez ce reçu.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="50" />
      <source>That amount is not allowed for this product.</source>
      <translation>Ce montant n'est pas permis pour ce produit.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/backup.py" line="171" />
      <source>That backup is damaged too: choose another one (`posapp journal backups`).</source>
      <translation>Cette sauvegarde est endommagée elle aussi : choisissez-en une autre (`posapp journal backups`).</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="168" />
      <source>That did not work: see the log.</source>
      <translation>Cela n'a pas marché : voir le journal.</translation>
    </message>
    <message>
      <location filename="../../posapp/domain/product.py" line="48" />
      <source>That is not a %1: use %2.</source>
      <translation>Ce n'est pas un %1 valide : utilisez %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="102" />
      <source>That is not a mobile money number.</source>
      <translation>Ce n'est pas un numéro mobile money.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/testpay/client.py" line="37" />
      <source>That is not a phone number.</source>
      <translation>Ce n'est pas un numéro de téléphone.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="129" />
      <source>That is not a Rwandan mobile number: %1.</source>
      <translation>Ce n'est pas un numéro de mobile rwandais : %1.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="253" />
      <source>That is not an amount: type it in %1, like %2.</source>
      <translation>Ce n'est pas un montant : saisissez-le en %1, comme %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/users.py" line="186" />
      <source>That PIN is already in use. Choose another one.</source>
      <translation>Ce code PIN est déjà utilisé. Choisissez-en un autre.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="308" />
      <source>That plan is not in the list. Refresh the list.</source>
      <translation>Cette formule n'est pas dans la liste. Actualisez la liste.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="213" />
      <source>That product is not in the list. Refresh the list.</source>
      <translation>Ce produit n'est pas dans la liste. Actualisez la liste.</translation>
    </message>
    <message>
      <source>That settings file cannot be read.</source>
      <translation type="vanished">Ce fichier de réglages est illisible.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/catalogue.py" line="35" />
      <source>The %1 cannot be fetched and none is saved yet. Check the network.</source>
      <translation>Impossible d'obtenir : %1, et rien n'est encore enregistré. Vérifiez le réseau.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="402" />
      <source>The %1's PIN must be 4 to 8 digits.</source>
      <translation>Le PIN (%1) doit avoir de 4 à 8 chiffres.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="404" />
      <source>The %1's two PINs are not the same: type them again.</source>
      <translation>Les deux PIN (%1) ne sont pas identiques : saisissez-les à nouveau.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/client.py" line="67" />
      <source>The amount is too small for this meter (debt or minimum not covered).</source>
      <translation>Le montant est trop faible pour ce compteur (dette ou minimum non couvert).</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="272" />
      <source>The amount must be more than zero.</source>
      <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/backup.py" line="183" />
      <source>The backup could not be copied in: %1. Nothing was changed.</source>
      <translation>La sauvegarde n'a pas pu être recopiée : %1. Rien n'a été modifié.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/backup.py" line="113" />
      <source>The backup could not be finished in %1: %2. Check the USB stick or share.</source>
      <translation>La sauvegarde n'a pas pu être terminée dans %1 : %2. Vérifiez la clé USB ou le partage.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/backup.py" line="93" />
      <source>The backup could not be written to %1. Check the USB stick or share.</source>
      <translation>La sauvegarde n'a pas pu être écrite dans %1. Vérifiez la clé USB ou le partage.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/backup.py" line="97" />
      <source>The backup could not be written to %1: %2.</source>
      <translation>La sauvegarde n'a pas pu être écrite dans %1 : %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/backup.py" line="69" />
      <source>The backup folder %1 cannot be used: %2. Check the USB stick or share, or set journal.backup_dir.</source>
      <translation>Le dossier de sauvegarde %1 est inutilisable : %2. Vérifiez la clé USB ou le partage, ou réglez journal.backup_dir.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/backup.py" line="104" />
      <source>The backup was written but does not read back the same: it was removed. Check the USB stick or share.</source>
      <translation>La sauvegarde a été écrite mais ne se relit pas à l'identique : elle a été supprimée. Vérifiez la clé USB ou le partage.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="274" />
      <source>The batch as sent:</source>
      <translation>Le lot tel qu'envoyé :</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="139" />
      <source>The batch is not ready yet (no reference). Try again in a moment; if this stays, call the technician.</source>
      <translation>Le lot n'est pas encore prêt (pas de référence). Réessayez dans un instant ; si cela dure, appelez le technicien.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/__init__.py" line="58" />
      <source>The bills service is not set up on this terminal.</source>
      <translation>Le service de factures n'est pas configuré sur ce terminal.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/app.py" line="97" />
      <source>The counter cannot start</source>
      <translation>La caisse ne peut pas démarrer</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/instance.py" line="22" />
      <source>The counter is already open on this terminal</source>
      <translation>La caisse est déjà ouverte sur ce terminal</translation>
    </message>
    <message>
      <location filename="../../posapp/store/backup.py" line="203" />
      <source>The counter or the service is still running on this terminal (or the journal cannot be moved): close them, then restore.</source>
      <translation>La caisse ou le service tourne encore sur ce terminal (ou le journal ne peut pas être déplacé) : fermez-les, puis restaurez.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/backup.py" line="234" />
      <source>The counter or the service is still running on this terminal: close the window and stop the service, then restore.</source>
      <translation>La caisse ou le service tourne encore sur ce terminal : fermez la fenêtre et arrêtez le service, puis restaurez.</translation>
    </message>
    <message>
      <location filename="../../posapp/secrets.py" line="114" />
      <source>The credential store cannot be read.</source>
      <translation>Le coffre d'identifiants est illisible.</translation>
    </message>
    <message>
      <location filename="../../posapp/secrets.py" line="122" />
      <source>The credential store cannot be written. Install a keyring backend (Secret Service on Linux).</source>
      <translation>Impossible d'écrire dans le coffre d'identifiants. Installez un trousseau (Secret Service sous Linux).</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/testpay/client.py" line="28" />
      <source>The customer declined the payment on their phone.</source>
      <translation>Le client a refusé le paiement sur son téléphone.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/testpay/client.py" line="30" />
      <source>The customer did not approve in time.</source>
      <translation>Le client n'a pas validé à temps.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="321" />
      <source>The customer did not pay before the time ran out. Nothing was sold. </source>
      <translation>Le client n'a pas payé avant la fin du délai. Rien n'a été vendu. </translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="83" />
      <source>The customer did not pay in time. Nothing was paid.</source>
      <translation>Le client n'a pas payé à temps. Rien n'a été payé.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="310" />
      <source>The customer paid %1 by %2 after the payment was cancelled. Nothing was sold: a supervisor gives the money back (History, F9).</source>
      <translation>Le client a payé %1 par %2 après l'annulation du paiement. Rien n'a été vendu : un superviseur rend l'argent (Historique, F9).</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="480" />
      <source>The customer's payment is still awaited.</source>
      <translation>Le paiement du client est toujours attendu.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="161" />
      <source>The day is still open: nothing was closed.</source>
      <translation>La journée reste ouverte : rien n'a été clôturé.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/journal.py" line="277" />
      <source>The disk failed while writing the journal (input/output error). Nothing was sent. Call the technician.</source>
      <translation>Le disque a fait défaut pendant l'écriture du journal (erreur d'entrée/sortie). Rien n'a été envoyé. Appelez le technicien.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/journal.py" line="274" />
      <source>The disk is full: the journal could not be written. Nothing was sent.</source>
      <translation>Le disque est plein : le journal n'a pas pu être écrit. Rien n'a été envoyé.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/__init__.py" line="66" />
      <source>The eFactory business unit is not set up right. Call the technician.</source>
      <translation>L'unité commerciale eFactory est mal configurée. Appelez le technicien.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="327" />
      <source>The EkoloPay payment page was never shown. Nothing can have been paid.</source>
      <translation>La page de paiement EkoloPay n'a jamais été affichée. Rien n'a pu être payé.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="335" />
      <source>The EkoloPay reference of this sale is damaged.</source>
      <translation>La référence EkoloPay de cette vente est endommagée.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/__init__.py" line="93" />
      <source>The Interswitch security component is not installed. Call the technician.</source>
      <translation>Le composant de sécurité Interswitch n'est pas installé. Appelez le technicien.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/__init__.py" line="88" />
      <source>The Interswitch security component is not set up right. Call the technician.</source>
      <translation>Le composant de sécurité Interswitch est mal configuré. Appelez le technicien.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="265" />
      <source>The Interswitch setup changed after this batch was prepared. A supervisor must settle it.</source>
      <translation>La configuration Interswitch a changé après la préparation de ce lot. Un superviseur doit le régler.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/journal.py" line="284" />
      <source>The journal could not be written. Nothing was sent.</source>
      <translation>Le journal n'a pas pu être écrit. Rien n'a été envoyé.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/journal.py" line="280" />
      <source>The journal is busy in another program. Nothing was sent; try again.</source>
      <translation>Le journal est occupé par un autre programme. Rien n'a été envoyé ; réessayez.</translation>
    </message>
    <message>
      <location filename="../../posapp/secrets.py" line="191" />
      <source>The key of the terminal's secrets file cannot be read.</source>
      <translation>La clé du fichier de secrets du terminal est illisible.</translation>
    </message>
    <message>
      <location filename="../../posapp/secrets.py" line="194" />
      <source>The key of the terminal's secrets file is damaged.</source>
      <translation>La clé du fichier de secrets du terminal est endommagée.</translation>
    </message>
    <message>
      <location filename="../../posapp/secrets.py" line="186" />
      <source>The key of the terminal's secrets file is missing. Set the credentials again.</source>
      <translation>La clé du fichier de secrets du terminal manque. Saisissez à nouveau les identifiants.</translation>
    </message>
    <message>
      <location filename="../../posapp/domain/product.py" line="115" />
      <source>The least for %1 is %2.</source>
      <translation>Le minimum pour %1 est %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="270" />
      <source>The least this meter can take is %1.</source>
      <translation>Le minimum pour ce compteur est %1.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="61" />
      <source>The mobile money payment failed (declined, not approved or too little balance). No money was taken.</source>
      <translation>Le paiement mobile money a échoué (refusé, non validé ou solde insuffisant). Aucun argent n'a été prélevé.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="79" />
      <source>The mobile money payment failed. Nothing was paid.</source>
      <translation>Le paiement mobile money a échoué. Rien n'a été payé.</translation>
    </message>
    <message>
      <location filename="../../posapp/domain/product.py" line="117" />
      <source>The most for %1 is %2.</source>
      <translation>Le maximum pour %1 est %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="267" />
      <source>The most this terminal can sell at once is %1.</source>
      <translation>Ce terminal ne peut pas vendre plus de %1 à la fois.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="48" />
      <source>The newest %1 entries, newest first. Opened by %2; entries cannot be changed or deleted.</source>
      <translation>Les %1 dernières entrées, les plus récentes d'abord. Ouvert par %2 ; les entrées ne peuvent être ni modifiées ni supprimées.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/signin.py" line="16" />
      <source>The next cashier types their PIN and presses Enter.</source>
      <translation>Le caissier suivant saisit son PIN et appuie sur Entrée.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="47" />
      <source>The number was not found. Check it with the customer.</source>
      <translation>Numéro introuvable. Vérifiez-le avec le client.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="104" />
      <source>the one-time PIN of every beneficiary without their own</source>
      <translation>le PIN à usage unique des bénéficiaires qui n'en ont pas</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="174" />
      <source>The paycode lifetime must be a number of minutes above zero.</source>
      <translation>La validité des codes doit être un nombre de minutes supérieur à zéro.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/sftp.py" line="116" />
      <source>The paycode response file could not be read. A supervisor must check this batch.</source>
      <translation>Le fichier de réponse des codes est illisible. Un superviseur doit vérifier ce lot.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/client.py" line="167" />
      <source>The paycodes add up to %1, not %2.</source>
      <translation>Les codes totalisent %1, et non %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="51" />
      <source>The payment failed. No money was taken.</source>
      <translation>Le paiement a échoué. Aucun argent n'a été prélevé.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="36" />
      <source>The payment is not processed yet.</source>
      <translation>Le paiement n'est pas encore traité.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/sending.py" line="292" />
      <source>The payment never reached the provider. Nothing was paid.</source>
      <translation>Le paiement n'a jamais atteint le fournisseur. Rien n'a été payé.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="294" />
      <source>The payment page has not come back from the provider yet. If it does not come, cancel (Esc) and take the money another way.</source>
      <translation>La page de paiement n'est pas encore revenue du fournisseur. Si elle ne vient pas, annulez (Échap) et encaissez autrement.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="286" />
      <source>The payment request went to the customer's phone%1. They approve it there with their mobile money PIN.</source>
      <translation>La demande de paiement est partie sur le téléphone du client%1. Il la valide avec son code PIN mobile money.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="160" />
      <source>The payment service's answer could not be read.</source>
      <translation>La réponse du service de paiement est illisible.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="198" />
      <source>The payment service's answer does not match this sale.</source>
      <translation>La réponse du service de paiement ne correspond pas à cette vente.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/testpay/client.py" line="29" />
      <source>The payment was cancelled.</source>
      <translation>Le paiement a été annulé.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/client.py" line="53" />
      <source>The payment was declined by eFactory.</source>
      <translation>Le paiement a été refusé par eFactory.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/testpay/client.py" line="75" />
      <source>The payment was not made.</source>
      <translation>Le paiement n'a pas été fait.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="34" />
      <source>The payment was not successful.</source>
      <translation>Le paiement n'a pas abouti.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="81" />
      <source>The payment was rejected. Nothing was paid.</source>
      <translation>Le paiement a été rejeté. Rien n'a été payé.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/device.py" line="49" />
      <source>The printer device is not set.</source>
      <translation>Le périphérique de l'imprimante n'est pas indiqué.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/device.py" line="85" />
      <source>The printer is not answering. Check it is on and connected.</source>
      <translation>L'imprimante ne répond pas. Vérifiez qu'elle est allumée et branchée.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/device.py" line="119" />
      <source>The printer is out of paper. Load paper and press Retry.</source>
      <translation>L'imprimante n'a plus de papier. Remettez du papier et appuyez sur Réessayer.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/layout.py" line="64" />
      <source>The printer profile is not known.</source>
      <translation>Le profil d'imprimante est inconnu.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/device.py" line="55" />
      <source>The printer type is not known.</source>
      <translation>Le type d'imprimante est inconnu.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/sending.py" line="121" />
      <source>The provider answered but the terminal could not save it. Do NOT sell again: free disk space and restart; the sale will be recovered.</source>
      <translation>Le fournisseur a répondu mais le terminal n'a pas pu l'enregistrer. NE revendez PAS : libérez de l'espace disque et redémarrez ; la vente sera récupérée.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="234" />
      <source>The provider cannot be reached. Check the network and try again.</source>
      <translation>Impossible de joindre le fournisseur. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/http.py" line="189" />
      <source>The provider cannot be reached. Check the network.</source>
      <translation>Impossible de joindre le fournisseur. Vérifiez le réseau.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="437" />
      <source>The provider confirmed it was not paid.</source>
      <translation>Le fournisseur a confirmé que ce n'est pas payé.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="98" />
      <source>The provider did not accept this payment. %1 is to be handed back to the customer.</source>
      <translation>Le fournisseur n'a pas accepté ce paiement. %1 doit être rendu au client.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/http.py" line="200" />
      <source>The provider had a problem.</source>
      <translation>Le fournisseur a eu un problème.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/http.py" line="124" />
      <source>The provider's answer could not be read.</source>
      <translation>La réponse du fournisseur est illisible.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/answers.py" line="17" />
      <source>The provider's answer could not be read. Do NOT sell again: it will be checked.</source>
      <translation>La réponse du fournisseur est illisible. NE revendez PAS : elle sera vérifiée.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/client.py" line="236" />
      <source>The provider's answer does not match this sale.</source>
      <translation>La réponse du fournisseur ne correspond pas à cette vente.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/http.py" line="187" />
      <source>The provider's secure connection could not be made (certificate or TLS). Nothing was sent. Call the technician.</source>
      <translation>La connexion sécurisée au fournisseur a échoué (certificat ou TLS). Rien n'a été envoyé. Appelez le technicien.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/device.py" line="124" />
      <source>The receipt did not print. Check the printer and retry.</source>
      <translation>Le reçu ne s'est pas imprimé. Vérifiez l'imprimante et réessayez.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="486" />
      <source>The receipt of the sale on screen has not printed yet.</source>
      <translation>Le reçu de la vente à l'écran n'est pas encore imprimé.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="43" />
      <source>The request was refused. Call support.</source>
      <translation>La demande a été refusée. Appelez l'assistance.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/backup.py" line="207" />
      <source>The restore could not move the journal: %1. The copy is at %2.</source>
      <translation>La restauration n'a pas pu déplacer le journal : %1. La copie est dans %2.</translation>
    </message>
    <message>
      <source>The sale could not be saved: the disk is full or failing. Nothing was sent.</source>
      <translation type="vanished">La vente n'a pas pu être enregistrée : le disque est plein ou défaillant. Rien n'a été envoyé.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="298" />
      <source>The sale goes on by itself when the payment arrives. Esc: cancel the payment.</source>
      <translation>La vente continue toute seule quand le paiement arrive. Échap : annuler le paiement.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="410" />
      <source>The sale has just changed: look at it again.</source>
      <translation>La vente vient de changer : regardez-la de nouveau.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="473" />
      <source>The sale has just moved on: look at it again.</source>
      <translation>La vente vient de changer d'état : regardez-la à nouveau.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="482" />
      <source>The sale is being sent to the provider.</source>
      <translation>La vente est en cours d'envoi au fournisseur.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="484" />
      <source>The sale on screen is not finished: %1.</source>
      <translation>La vente à l'écran n'est pas terminée : %1.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/journal.py" line="283" />
      <source>The sales journal cannot be opened.</source>
      <translation>Le journal des ventes ne peut pas être ouvert.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/journal.py" line="270" />
      <source>The sales journal cannot be opened: %1 %2. Nothing was sent. Give a folder this user can write (--home or POSAPP_HOME).</source>
      <translation>Le journal des ventes ne peut pas être ouvert : %1 %2. Rien n'a été envoyé. Indiquez un dossier où cet utilisateur peut écrire (--home ou POSAPP_HOME).</translation>
    </message>
    <message>
      <location filename="../../posapp/store/journal.py" line="488" />
      <source>The sales journal cannot be opened: it is a folder.</source>
      <translation>Le journal des ventes ne peut pas être ouvert : c'est un dossier.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/journal.py" line="417" />
      <source>The sales journal is being restored from a backup right now. Wait for the technician to finish.</source>
      <translation>Le journal des ventes est en cours de restauration depuis une sauvegarde. Attendez que le technicien ait fini.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="56" />
      <source>THE SALES JOURNAL IS DAMAGED - selling is stopped and nothing is sent. A technician restores the last good copy: posapp journal restore (docs/BACKUP.md).</source>
      <translation>LE JOURNAL DES VENTES EST ENDOMMAGÉ - la vente est arrêtée et rien n'est envoyé. Un technicien restaure la dernière bonne copie : posapp journal restore (docs/BACKUP.md).</translation>
    </message>
    <message>
      <location filename="../../posapp/store/journal.py" line="238" />
      <source>The sales journal is damaged, so selling is stopped and nothing is sent. A technician restores the last good copy with `posapp journal restore` (see docs/BACKUP.md); the damaged file is kept.</source>
      <translation>Le journal des ventes est endommagé : la vente est arrêtée et rien n'est envoyé. Un technicien restaure la dernière bonne copie avec `posapp journal restore` (voir docs/BACKUP.md) ; le fichier endommagé est conservé.</translation>
    </message>
    <message>
      <location filename="../../posapp/store/journal.py" line="264" />
      <source>The sales journal is read-only (%1): no sale can be saved, and nothing was sent. A technician makes it writable for this user.</source>
      <translation>Le journal des ventes est en lecture seule (%1) : aucune vente ne peut être enregistrée, et rien n'a été envoyé. Un technicien doit le rendre modifiable pour cet utilisateur.</translation>
    </message>
    <message>
      <location filename="../../posapp/secrets.py" line="177" />
      <source>The secrets file is locked with a passphrase: set %1 for this terminal.</source>
      <translation>Le fichier de secrets est protégé par une phrase secrète : réglez %1 pour ce terminal.</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="145" />
      <source>The settings file %1 cannot be read: %2.</source>
      <translation>Le fichier de réglages %1 est illisible : %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="150" />
      <source>The settings file %1 is damaged: %2 = %3 is not a [section].</source>
      <translation>Le fichier de réglages %1 est endommagé : %2 = %3 n'est pas une [section].</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="143" />
      <source>The settings file %1 is damaged: %2.</source>
      <translation>Le fichier de réglages %1 est endommagé : %2.</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="217" />
      <source>The settings file %1: %2 A technician fixes it with `posapp config set`.</source>
      <translation>Le fichier de réglages %1 : %2 Un technicien le corrige avec `posapp config set`.</translation>
    </message>
    <message>
      <source>The settings file is damaged.</source>
      <translation type="vanished">Le fichier de réglages est endommagé.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="40" />
      <source>The shop's bills account may not do this. Call the owner.</source>
      <translation>Le compte factures du magasin n'y est pas autorisé. Appelez le patron.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="49" />
      <source>The shop's bills wallet is too low. Top it up and try again.</source>
      <translation>Le solde factures du magasin est trop bas. Rechargez-le et réessayez.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/client.py" line="71" />
      <source>The shop's fee account could not be debited. Call the owner.</source>
      <translation>Le compte de frais du magasin n'a pas pu être débité. Appelez le patron.</translation>
    </message>
    <message>
      <source>The shop's retailer ID at K-Pay</source>
      <translation>Identifiant marchand du magasin chez K-Pay</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="262" />
      <source>The surcharge is charged when the paycode is cashed out. Cash out before it expires.</source>
      <translation>Les frais sont prélevés au retrait. Retirez avant l'expiration.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/setup.py" line="194" />
      <source>The technician and the supervisor need different names.</source>
      <translation>Le technicien et le superviseur doivent avoir des noms différents.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/setup.py" line="196" />
      <source>The technician and the supervisor need different PINs.</source>
      <translation>Le technicien et le superviseur doivent avoir des PIN différents.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="367" />
      <source>The technician changes settings; the supervisor opens the drawer, settles sales by hand and closes the day. Each needs a different PIN of 4 to 8 digits.</source>
      <translation>Le technicien modifie les réglages ; le superviseur ouvre le tiroir, règle les ventes à la main et clôture la journée. Chacun a besoin d'un PIN différent de 4 à 8 chiffres.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="38" />
      <source>The terminal's bills account login was refused. Call support.</source>
      <translation>La connexion au compte factures du terminal a été refusée. Appelez l'assistance.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="278" />
      <source>The terminal's disk cannot be read. Nothing was sent.</source>
      <translation>Le disque du terminal est illisible. Rien n'a été envoyé.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="281" />
      <source>The terminal's disk is full: free some space before selling. Nothing was sent and no money should be taken.</source>
      <translation>Le disque du terminal est plein : libérez de l'espace avant de vendre. Rien n'a été envoyé et aucun argent ne doit être pris.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/client.py" line="58" />
      <source>The terminal's eFactory credentials were refused. Call support.</source>
      <translation>Les identifiants eFactory du terminal ont été refusés. Appelez l'assistance.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/client.py" line="61" />
      <source>The terminal's limit has been reached.</source>
      <translation>La limite du terminal est atteinte.</translation>
    </message>
    <message>
      <location filename="../../posapp/secrets.py" line="208" />
      <source>The terminal's secrets file cannot be opened with this key or passphrase.</source>
      <translation>Le fichier de secrets du terminal ne s'ouvre pas avec cette clé ou cette phrase secrète.</translation>
    </message>
    <message>
      <location filename="../../posapp/secrets.py" line="161" />
      <source>The terminal's secrets file is damaged or unreadable. Set the credentials again.</source>
      <translation>Le fichier de secrets du terminal est endommagé ou illisible. Saisissez à nouveau les identifiants.</translation>
    </message>
    <message>
      <location filename="../../posapp/secrets.py" line="164" />
      <source>The terminal's secrets file is not one this version reads.</source>
      <translation>Cette version ne sait pas lire le fichier de secrets du terminal.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="199" />
      <source>The test page did not print.</source>
      <translation>La page d'essai ne s'est pas imprimée.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/testpay/client.py" line="66" />
      <source>The test wallet has no such payment.</source>
      <translation>Le portefeuille de test n'a pas ce paiement.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/testpay/__init__.py" line="33" />
      <source>The test wallet is not set up on this terminal.</source>
      <translation>Le portefeuille de test n'est pas configuré sur ce terminal.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/testpay/client.py" line="51" />
      <source>The test wallet only runs on this terminal (training).</source>
      <translation>Le portefeuille de test ne fonctionne que sur ce terminal (formation).</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/device.py" line="65" />
      <source>The USB printer ids are not set.</source>
      <translation>Les identifiants USB de l'imprimante ne sont pas indiqués.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/users.py" line="195" />
      <source>There is already a user called %1. Change their PIN or role instead.</source>
      <translation>Il existe déjà un utilisateur nommé %1. Changez plutôt son PIN ou son rôle.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/safety.py" line="106" />
      <source>There is no backup file there.</source>
      <translation>Il n'y a pas de fichier de sauvegarde à cet endroit.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/safety.py" line="102" />
      <source>There is no backup in %1. Name the file to restore, or set journal.backup_dir to where the copies are.</source>
      <translation>Il n'y a pas de sauvegarde dans %1. Indiquez le fichier à restaurer, ou réglez journal.backup_dir sur l'emplacement des copies.</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="359" />
      <source>There is no file %1.</source>
      <translation>Il n'y a pas de fichier %1.</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="336" />
      <source>There is no folder %1.</source>
      <translation>Il n'y a pas de dossier %1.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/safety.py" line="88" />
      <source>There is no journal here yet.</source>
      <translation>Il n'y a pas encore de journal ici.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/safety.py" line="71" />
      <source>There is no journal to back up yet.</source>
      <translation>Il n'y a pas encore de journal à sauvegarder.</translation>
    </message>
    <message>
      <location filename="../../posapp/secrets.py" line="104" />
      <source>There is no OS keyring on this terminal.</source>
      <translation>Ce terminal n'a pas de trousseau système.</translation>
    </message>
    <message>
      <location filename="../../posapp/config.py" line="227" />
      <source>There is no setting %1: `posapp config list` shows them all.</source>
      <translation>Il n'y a pas de réglage %1 : `posapp config list` les affiche tous.</translation>
    </message>
    <message>
      <source>There is no settings file there.</source>
      <translation type="vanished">Il n'y a pas de fichier de réglages à cet endroit.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/users.py" line="202" />
      <source>There is no user called %1.</source>
      <translation>Il n'y a pas d'utilisateur nommé %1.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/interswitch/sftp.py" line="52" />
      <source>This batch cannot be written as a paycode file.</source>
      <translation>Ce lot ne peut pas être écrit en fichier de codes.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/client.py" line="65" />
      <source>This meter is not assigned to a customer. The customer must contact the distributor.</source>
      <translation>Ce compteur n'est attribué à aucun client. Le client doit contacter le distributeur.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="68" />
      <source>This mobile money or card network is not enabled for the shop at K-Pay. Choose another one.</source>
      <translation>Ce réseau mobile money ou carte n'est pas activé pour le magasin chez K-Pay. Choisissez-en un autre.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="353" />
      <source>This payment method is not set up right.</source>
      <translation>Ce moyen de paiement est mal configuré.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="150" />
      <source>This payment method takes %1 only.</source>
      <translation>Ce moyen de paiement n'accepte que les %1.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="290" />
      <source>This payment request is damaged.</source>
      <translation>Cette demande de paiement est endommagée.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/client.py" line="56" />
      <source>This payment type is not set up for this terminal. Call support.</source>
      <translation>Ce type de paiement n'est pas configuré pour ce terminal. Appelez l'assistance.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/catalogue.py" line="45" />
      <source>This product has no list to choose from.</source>
      <translation>Ce produit n'a pas de liste de choix.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="45" />
      <source>This product has no plans. Choose another product.</source>
      <translation>Ce produit n'a pas de formules. Choisissez un autre produit.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="259" />
      <source>This product is paid in %1.</source>
      <translation>Ce produit se paie en %1.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/clients.py" line="58" />
      <source>This provider cannot do that.</source>
      <translation>Ce fournisseur ne peut pas faire cela.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/clients.py" line="48" />
      <source>This provider is not known to this terminal.</source>
      <translation>Ce fournisseur est inconnu de ce terminal.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/setup.py" line="153" />
      <source>This provider is not known.</source>
      <translation>Ce fournisseur est inconnu.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/clients.py" line="62" />
      <source>This provider is not set up on this terminal.</source>
      <translation>Ce fournisseur n'est pas configuré sur ce terminal.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/base.py" line="182" />
      <source>This provider is not set up on this terminal. Call the technician.</source>
      <translation>Ce fournisseur n'est pas configuré sur ce terminal. Appelez le technicien.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="465" />
      <source>This sale may already have reached the provider: it cannot be cancelled here. It will be checked with the provider; a supervisor can settle it.</source>
      <translation>Cette vente a peut-être déjà atteint le fournisseur : elle ne peut pas être annulée ici. Elle sera vérifiée auprès du fournisseur ; un superviseur peut la régler.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/counter.py" line="373" />
      <source>This sale was already started with other details. A supervisor has been told.</source>
      <translation>Cette vente a déjà été commencée avec d'autres détails. Un superviseur a été prévenu.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/vendor.py" line="85" />
      <source>This sale was started with other bills-service credentials and cannot be sent again as it was. Call the technician; the sale is kept.</source>
      <translation>Cette vente a été commencée avec d'autres identifiants du service de factures et ne peut pas être renvoyée telle quelle. Appelez le technicien ; la vente est conservée.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/efactory/vendor.py" line="64" />
      <source>This sale was started with other eFactory credentials and cannot be sent again as it was. Call the technician; the sale is kept.</source>
      <translation>Cette vente a été commencée avec d'autres identifiants eFactory et ne peut pas être renvoyée telle quelle. Appelez le technicien ; la vente est conservée.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="57" />
      <source>This shop is not enabled at K-Pay yet. Call the owner.</source>
      <translation>Ce magasin n'est pas encore activé chez K-Pay. Appelez le patron.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="174" />
      <source>This terminal</source>
      <translation>Ce terminal</translation>
    </message>
    <message>
      <location filename="../../posapp/service/clients.py" line="99" />
      <source>This terminal does not sell that.</source>
      <translation>Ce terminal ne vend pas cela.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/clients.py" line="129" />
      <source>This terminal does not take that kind of payment.</source>
      <translation>Ce terminal n'accepte pas ce type de paiement.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/users.py" line="132" />
      <source>This terminal has no users yet. Add the first one: posapp user add NAME --role supervisor.</source>
      <translation>Ce terminal n'a pas encore d'utilisateurs. Ajoutez le premier : posapp user add NOM --role supervisor.</translation>
    </message>
    <message>
      <location filename="../../posapp/secrets.py" line="321" />
      <source>This terminal is missing a provider credential. Call the technician.</source>
      <translation>Il manque à ce terminal un identifiant de fournisseur. Appelez le technicien.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="22" />
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="348" />
      <source>Time is up: checking one last time...</source>
      <translation>Délai écoulé : dernière vérification...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="347" />
      <source>Time left  %1</source>
      <translation>Temps restant  %1</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="285" />
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="349" />
      <source>To print: %1</source>
      <translation>À imprimer : %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="175" />
      <source>To print: 0</source>
      <translation>À imprimer : 0</translation>
    </message>
    <message>
      <source>Token</source>
      <translation>Jeton</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="558" />
      <source>Token or PIN (if any)</source>
      <translation>Jeton ou PIN (s'il y en a)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="297" />
      <source>Total %1  for %2 paycode</source>
      <translation>Total %1  pour %2 code de retrait</translation>
    </message>
    <message>
      <source>Total %1  for %2 paycode(s)</source>
      <translation type="vanished">Total %1  pour %2 code(s) de retrait</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="297" />
      <source>Total %1  for %2 paycodes</source>
      <translation>Total %1  pour %2 codes de retrait</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="295" />
      <source>TOTAL TAKEN</source>
      <translation>TOTAL ENCAISSÉ</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="69" />
      <source>TRAINING - built-in sandbox providers, no real money. Training sales are kept out of the shop's totals.</source>
      <translation>FORMATION - fournisseurs simulés intégrés, pas de vrai argent. Les ventes de formation restent hors des totaux du magasin.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/clients.py" line="66" />
      <source>Training mode is on, but %1 points at a real provider: nothing was sent. A technician points it at its sandbox or turns training off.</source>
      <translation>Le mode formation est actif, mais %1 pointe vers un vrai fournisseur : rien n'a été envoyé. Un technicien doit le diriger vers son bac à sable ou désactiver la formation.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/main_window.py" line="63" />
      <source>TRAINING MODE, but a provider points at a real address: it will not sell. A technician points it at its sandbox or turns training off.</source>
      <translation>MODE FORMATION, mais un fournisseur pointe vers une vraie adresse : il ne vendra pas. Un technicien doit le diriger vers son bac à sable ou désactiver la formation.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="128" />
      <source>Training or live?</source>
      <translation>Formation ou réel ?</translation>
    </message>
    <message>
      <source>TV subscription</source>
      <translation>Abonnement TV</translation>
    </message>
    <message>
      <source>TV SUBSCRIPTION</source>
      <translation>ABONNEMENT TV</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="141" />
      <source>Type or scan, then Enter. Esc: back.</source>
      <translation>Saisissez ou scannez, puis Entrée. Échap : retour.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="400" />
      <source>Type the %1's name.</source>
      <translation>Saisissez le nom (%1).</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="373" />
      <source>Type the customer's %1 number.</source>
      <translation>Saisissez le numéro %1 du client.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="452" />
      <source>Type the customer's number, then Enter. Esc: back.</source>
      <translation>Saisissez le numéro du client, puis Entrée. Échap : retour.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="262" />
      <source>Type the paycodes the portal shows, in beneficiary order.</source>
      <translation>Saisissez les codes affichés par le portail, dans l'ordre des bénéficiaires.</translation>
    </message>
    <message>
      <location filename="../../posapp/service/users.py" line="135" />
      <source>Type the PIN first.</source>
      <translation>Saisissez d'abord le code PIN.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="174" />
      <source>Type the supervisor PIN first.</source>
      <translation>Saisissez d'abord le PIN du superviseur.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="227" />
      <source>Type this terminal's id.</source>
      <translation>Saisissez l'identifiant de ce terminal.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/signin.py" line="15" />
      <source>Type your PIN and press Enter.</source>
      <translation>Saisissez votre PIN et appuyez sur Entrée.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="705" />
      <source>Units %1 kWh</source>
      <translation>Unités %1 kWh</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="116" />
      <source>Units (kWh)</source>
      <translation>Unités (kWh)</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="241" />
      <source>Unknown bills category.</source>
      <translation>Catégorie de factures inconnue.</translation>
    </message>
    <message>
      <source>Unknown setting.</source>
      <translation type="vanished">Réglage inconnu.</translation>
    </message>
    <message>
      <source>Unknown setting. `posapp config list` shows them all.</source>
      <translation type="vanished">Réglage inconnu. `posapp config list` les affiche tous.</translation>
    </message>
    <message>
      <source>USB</source>
      <translation>USB</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="265" />
      <source>USB product id (hex)</source>
      <translation>ID produit USB (hex)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="264" />
      <source>USB vendor id (hex)</source>
      <translation>ID fabricant USB (hex)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="28" />
      <source>User added</source>
      <translation>Utilisateur ajouté</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="29" />
      <source>User removed</source>
      <translation>Utilisateur supprimé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="28" />
      <source>User set</source>
      <translation>Utilisateur modifié</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="124" />
      <source>VAT</source>
      <translation>TVA</translation>
    </message>
    <message>
      <source>Virtual printer (training)</source>
      <translation>Imprimante virtuelle (formation)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/words.py" line="44" />
      <source>Waiting for a supervisor</source>
      <translation>En attente d'un superviseur</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="258" />
      <source>Waiting for Interswitch's answer...</source>
      <translation>En attente de la réponse d'Interswitch...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="288" />
      <source>Waiting for the customer to approve on their phone...</source>
      <translation>En attente de la validation du client sur son téléphone...</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/kpay/client.py" line="41" />
      <source>Waiting for the customer to approve the payment.</source>
      <translation>En attente de la validation du client.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/ekolopay/client.py" line="241" />
      <source>Waiting for the customer to pay on the EkoloPay page.</source>
      <translation>En attente du paiement du client sur la page EkoloPay.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="292" />
      <source>Waiting for the customer to pay...</source>
      <translation>En attente du paiement du client...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/words.py" line="14" />
      <source>Waiting for the customer's payment</source>
      <translation>En attente du paiement du client</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/pages.py" line="533" />
      <source>Waiting for the customer's payment.</source>
      <translation>En attente du paiement du client.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/collect.py" line="297" />
      <source>Waiting for the payment page...</source>
      <translation>En attente de la page de paiement...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/words.py" line="19" />
      <source>Waiting for the provider</source>
      <translation>En attente du fournisseur</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="31" />
      <source>Waiting for the provider's answer</source>
      <translation>En attente de la réponse du fournisseur</translation>
    </message>
    <message>
      <source>Wallet ref</source>
      <translation>Réf. portefeuille</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/customer_display.py" line="79" />
      <source>Welcome</source>
      <translation>Bienvenue</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/home/page.py" line="113" />
      <source>What is the customer buying?</source>
      <translation>Que veut acheter le client ?</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/sale/flow.py" line="194" />
      <source>Which one?</source>
      <translation>Lequel ?</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="22" />
      <source>Who</source>
      <translation>Qui</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/signin.py" line="15" />
      <source>Who is at the counter?</source>
      <translation>Qui est à la caisse ?</translation>
    </message>
    <message>
      <location filename="../../posapp/domain/product.py" line="113" />
      <source>Whole %1 only for this product.</source>
      <translation>%1 entiers uniquement pour ce produit.</translation>
    </message>
    <message>
      <location filename="../../posapp/providers/bills/client.py" line="199" />
      <source>Whole naira only.</source>
      <translation>Naira entiers uniquement.</translation>
    </message>
    <message>
      <source>Windows printer</source>
      <translation>Imprimante Windows</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/audit.py" line="25" />
      <source>Wrong PIN</source>
      <translation>PIN incorrect</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/signin.py" line="84" />
      <source>Wrong PIN.</source>
      <translation>PIN incorrect.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="107" />
      <source>Your payment is being confirmed with the provider.</source>
      <translation>Votre paiement est en cours de confirmation auprès du fournisseur.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="105" />
      <source>Your payment is recorded and will be completed when the network returns.</source>
      <translation>Votre paiement est enregistré et sera finalisé au retour du réseau.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/history/page.py" line="196" />
      <source>Z report %1</source>
      <translation>Rapport Z %1</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="279" />
      <source>Z REPORT No %1</source>
      <translation>RAPPORT Z N° %1</translation>
    </message>
  </context>
</TS>
