<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_001" sourcelanguage="en">
  <context>
    <name>posapp</name>
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
      <location filename="../../posapp/ui/batch/screen.py" line="156" />
      <source>%1  Waiting %2 s...</source>
      <translation>%1  Attente : %2 s...</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="238" />
      <source>%1 %2 of %3</source>
      <translation>%1 %2 sur %3</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="179" />
      <source>%1 (secret)</source>
      <translation>%1 (secret)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="276" />
      <source>%1 day(s)</source>
      <translation>%1 jour(s)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="223" />
      <source>%1 of %2</source>
      <translation>%1 sur %2</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="230" />
      <source>%1 paycodes issued. Give each beneficiary their slip.</source>
      <translation>%1 codes de retrait émis. Remettez à chaque bénéficiaire son ticket.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="155" />
      <source>%1 PIN %2 of %3</source>
      <translation>%1 - PIN %2 sur %3</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="283" />
      <source>%1 sale(s)</source>
      <translation>%1 vente(s)</translation>
    </message>
    <message>
      <source>%1 token</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="148" />
      <source>%1, each on its own slip</source>
      <translation>%1, chacun sur son ticket</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="121" />
      <source>&amp;Live</source>
      <translation>&amp;Réel</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="256" />
      <source>&amp;Test print</source>
      <translation>Impression d'&amp;essai</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="122" />
      <source>&amp;Training</source>
      <translation>&amp;Formation</translation>
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
      <location filename="../../posapp/ui/setup/pages.py" line="177" />
      <source>(stored: leave empty to keep)</source>
      <translation>(enregistré : laisser vide pour le garder)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="54" />
      <source>*** COPY %1 ***</source>
      <translation>*** COPIE %1 ***</translation>
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
      <location filename="../../posapp/ui/setup/pages.py" line="240" />
      <source>/dev/usb/lp0, COM3 or the printer's name</source>
      <translation>/dev/usb/lp0, COM3 ou le nom de l'imprimante</translation>
    </message>
    <message>
      <source>Account</source>
      <translation>Compte</translation>
    </message>
    <message>
      <source>Account number</source>
      <translation>Numéro de compte</translation>
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
      <location filename="../../posapp/ui/setup/pages.py" line="249" />
      <source>Address (IP)</source>
      <translation>Adresse (IP)</translation>
    </message>
    <message>
      <source>Airtel Money</source>
      <translation>Airtel Money</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="245" />
      <source>Amount</source>
      <translation>Montant</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="111" />
      <source>Amount (NGN)</source>
      <translation>Montant (NGN)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="216" />
      <source>Amount paid</source>
      <translation>Montant payé</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="86" />
      <source>Amount to refund</source>
      <translation>Montant à rembourser</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="115" />
      <source>Arrows choose; Enter goes on.</source>
      <translation>Les flèches choisissent ; Entrée continue.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="148" />
      <source>As each provider issued them. A credential left empty keeps the one already stored; credentials go to the system's credential store, never to a file.</source>
      <translation>Tels que chaque fournisseur les a donnés. Un identifiant d'accès laissé vide garde celui déjà enregistré ; ils vont dans le coffre du système, jamais dans un fichier.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="200" />
      <source>ask Interswitch</source>
      <translation>demander à Interswitch</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="74" />
      <source>Back</source>
      <translation>Retour</translation>
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
      <location filename="../../posapp/ui/batch/form.py" line="342" />
      <source>Beneficiary %1: %2</source>
      <translation>Bénéficiaire %1 : %2</translation>
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
      <location filename="../../posapp/printing/receipts.py" line="293" />
      <source>Bills margin (commission)</source>
      <translation>Marge factures (commission)</translation>
    </message>
    <message>
      <source>Bills service</source>
      <translation>Service de factures</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="165" />
      <source>Cancel, refund cash</source>
      <translation>Annuler, rendre l'argent</translation>
    </message>
    <message>
      <source>Card (Visa / Mastercard)</source>
      <translation>Carte (Visa / Mastercard)</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Espèces</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="250" />
      <source>Cash out at</source>
      <translation>Retrait chez</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="93" />
      <source>Cash received</source>
      <translation>Espèces reçues</translation>
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
      <location filename="../../posapp/printing/receipts.py" line="94" />
      <source>Change</source>
      <translation>Monnaie rendue</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="97" />
      <source>Channel</source>
      <translation>Canal</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="270" />
      <source>Checking the PIN...</source>
      <translation>Vérification du PIN...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/lock.py" line="44" />
      <source>Checking...</source>
      <translation>Vérification...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="223" />
      <source>Choose how it is connected, then print a test page (Alt+T).</source>
      <translation>Choisissez comment elle est branchée, puis imprimez une page d'essai (Alt+E).</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="277" />
      <source>Closed by</source>
      <translation>Clôturé par</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="309" />
      <source>Columns</source>
      <translation>Colonnes</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="245" />
      <source>Connected by</source>
      <translation>Branchée par</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="126" />
      <source>Convenience fee</source>
      <translation>Frais de service</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/lock.py" line="23" />
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
      <location filename="../../posapp/printing/receipts.py" line="74" />
      <source>Date</source>
      <translation>Date</translation>
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
      <location filename="../../posapp/ui/setup/pages.py" line="249" />
      <source>Device</source>
      <translation>Périphérique</translation>
    </message>
    <message>
      <source>Device file (/dev/usb/lp0)</source>
      <translation>Fichier de périphérique (/dev/usb/lp0)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="86" />
      <source>Each beneficiary gets a paycode to cash out before it expires. Up to 10 in one batch.</source>
      <translation>Chaque bénéficiaire reçoit un code de retrait à encaisser avant son expiration. Jusqu'à 10 par lot.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="231" />
      <source>Each beneficiary's paycode is on its own slip below.</source>
      <translation>Le code de retrait de chaque bénéficiaire est sur son propre ticket ci-dessous.</translation>
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
      <source>EkoloPay</source>
      <translation>EkoloPay</translation>
    </message>
    <message>
      <source>EkoloPay mobile money</source>
      <translation>EkoloPay mobile money</translation>
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
      <source>Electricity prepaid</source>
      <translation>Électricité prépayée</translation>
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
      <location filename="../../posapp/ui/batch/form.py" line="151" />
      <source>Enter: next field. Ctrl+N: add a beneficiary. Ctrl+R: remove the row you are in. Ctrl+Enter: send. Esc: back to the counter.</source>
      <translation>Entrée : champ suivant. Ctrl+N : ajouter un bénéficiaire. Ctrl+R : retirer la ligne en cours. Ctrl+Entrée : envoyer. Échap : retour à la caisse.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="126" />
      <source>Every sale and receipt is marked TRAINING: for teaching cashiers, with the providers' test accounts.</source>
      <translation>Chaque vente et chaque reçu porte la mention FORMATION : pour former les caissiers, avec les comptes de test des fournisseurs.</translation>
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
      <location filename="../../posapp/printing/receipts.py" line="161" />
      <source>Expires</source>
      <translation>Expire le</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="208" />
      <source>Expires %1</source>
      <translation>Expire le %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="348" />
      <source>FAILED - </source>
      <translation>ÉCHEC - </translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="116" />
      <source>Finish</source>
      <translation>Terminer</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="275" />
      <source>first sale</source>
      <translation>première vente</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="274" />
      <source>From</source>
      <translation>Du</translation>
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
      <location filename="../../posapp/printing/receipts.py" line="230" />
      <source>Hand back</source>
      <translation>À rendre</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="313" />
      <source>If you can read this, printing works.</source>
      <translation>Si vous lisez ceci, l'impression fonctionne.</translation>
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
      <source>K-Pay</source>
      <translation>K-Pay</translation>
    </message>
    <message>
      <source>K-Pay ref</source>
      <translation>Réf. K-Pay</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="164" />
      <source>Keep queued, print slip</source>
      <translation>Garder en attente, imprimer le ticket</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="108" />
      <source>Keep this slip: your receipt and any token can be reprinted with this reference.</source>
      <translation>Gardez ce ticket : votre reçu et vos jetons pourront être réimprimés avec cette référence.</translation>
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
      <source>Meter number</source>
      <translation>Numéro de compteur</translation>
    </message>
    <message>
      <source>Meter type</source>
      <translation>Type de compteur</translation>
    </message>
    <message>
      <source>MTN Mobile Money</source>
      <translation>MTN Mobile Money</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="373" />
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
      <location filename="../../posapp/printing/receipts.py" line="161" />
      <source>no expiry</source>
      <translation>sans expiration</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="253" />
      <source>No network: nothing was sent. Keep the batch queued (it is sent by itself when the network returns), or cancel and hand the cash back.</source>
      <translation>Pas de réseau : rien n'a été envoyé. Gardez le lot en attente (il partira tout seul au retour du réseau), ou annulez et rendez l'argent.</translation>
    </message>
    <message>
      <source>No printer</source>
      <translation>Pas d'imprimante</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="184" />
      <source>No provider is configured yet: import a settings file (posapp config import FILE) or set them with posapp config.</source>
      <translation>Aucun fournisseur n'est encore configuré : importez un fichier de réglages (posapp config import FICHIER) ou réglez-les avec posapp config.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="333" />
      <source>No provider is set up on this terminal yet.</source>
      <translation>Aucun fournisseur n'est encore configuré sur ce terminal.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="280" />
      <source>No sales in this period.</source>
      <translation>Aucune vente sur cette période.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="95" />
      <source>Nobody can sign in to this counter yet. These steps set it up: training or live, the terminal's ids, the receipt printer, a test of each provider, and the technician's and supervisor's PINs. Enter: next. Esc: back.</source>
      <translation>Personne ne peut encore se connecter à cette caisse. Ces étapes la configurent : formation ou réel, les identifiants du terminal, l'imprimante de reçus, un test de chaque fournisseur, et les PIN du technicien et du superviseur. Entrée : suivant. Échap : retour.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="227" />
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
      <location filename="../../posapp/printing/receipts.py" line="299" />
      <source>NOT YET SETTLED (queued / in doubt)</source>
      <translation>PAS ENCORE RÉGLÉ (en file / incertain)</translation>
    </message>
    <message>
      <source>ok</source>
      <translation>normal</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="348" />
      <source>OK - </source>
      <translation>OK - </translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="252" />
      <source>One-time PIN</source>
      <translation>PIN à usage unique</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="235" />
      <source>Only %1 of %2 paycodes issued. Give each beneficiary below their slip.</source>
      <translation>Seulement %1 codes de retrait émis sur %2. Remettez à chaque bénéficiaire ci-dessous son ticket.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="77" />
      <source>only if the portal shows them, in beneficiary order</source>
      <translation>seulement si le portail les affiche, dans l'ordre des bénéficiaires</translation>
    </message>
    <message>
      <source>out</source>
      <translation>épuisé</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="112" />
      <source>Own PIN (blank: default)</source>
      <translation>PIN propre (vide : par défaut)</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="289" />
      <source>PAID BY</source>
      <translation>MODES DE PAIEMENT</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="89" />
      <source>Paid by</source>
      <translation>Payé par</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="246" />
      <source>Paper / model</source>
      <translation>Papier / modèle</translation>
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
      <location filename="../../posapp/printing/receipts.py" line="243" />
      <source>PAYCODE FOR %1</source>
      <translation>CODE DE RETRAIT - %1</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="232" />
      <source>Paycode issued. Give the beneficiary the slip.</source>
      <translation>Code de retrait émis. Remettez le ticket au bénéficiaire.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="79" />
      <source>Paycodes from the portal</source>
      <translation>Codes affichés par le portail</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="223" />
      <source>Paycodes issued</source>
      <translation>Codes émis</translation>
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
      <location filename="../../posapp/printing/receipts.py" line="159" />
      <source>PIN</source>
      <translation>PIN</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="375" />
      <source>PIN again</source>
      <translation>PIN (encore)</translation>
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
      <location filename="../../posapp/ui/setup/pages.py" line="249" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="53" />
      <source>posapp - set up this terminal</source>
      <translation>posapp - configurer ce terminal</translation>
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
      <location filename="../../posapp/ui/setup/wizard.py" line="188" />
      <source>Printing a test page...</source>
      <translation>Impression d'une page d'essai...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="224" />
      <source>Printing the receipt and %1 paycode slip(s)...</source>
      <translation>Impression du reçu et de %1 ticket(s) de code de retrait...</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="78" />
      <source>Product</source>
      <translation>Produit</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="309" />
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="256" />
      <source>Queued: it is sent by itself when the network returns.</source>
      <translation>En file d'attente : il partira tout seul au retour du réseau.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="125" />
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
      <location filename="../../posapp/ui/batch/result.py" line="281" />
      <source>Receipt %1    Reference %2    Channel %3</source>
      <translation>Reçu %1    Référence %2    Canal %3</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="222" />
      <source>Receipt printer</source>
      <translation>Imprimante de reçus</translation>
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
      <source>Reference ID</source>
      <translation>Réf. ID</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="97" />
      <source>REFUND DUE</source>
      <translation>À REMBOURSER</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="295" />
      <source>REFUNDS DUE (cash to hand back)</source>
      <translation>REMBOURSEMENTS DUS (argent à rendre)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="132" />
      <source>Remove row (Ctrl+R)</source>
      <translation>Retirer la ligne (Ctrl+R)</translation>
    </message>
    <message>
      <source>SALE</source>
      <translation>VENTE</translation>
    </message>
    <message>
      <source>Sale ref</source>
      <translation>Réf. vente</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="287" />
      <source>Sales completed</source>
      <translation>Ventes terminées</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="312" />
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
      <location filename="../../posapp/ui/batch/screen.py" line="144" />
      <source>Sending %1 paycode(s) (%2) to Interswitch. Please wait; do not send again.</source>
      <translation>Envoi de %1 code(s) de retrait (%2) à Interswitch. Patientez ; ne renvoyez pas.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="271" />
      <source>Sending the same batch again with the same reference...</source>
      <translation>Renvoi du même lot avec la même référence...</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="160" />
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
      <location filename="../../posapp/ui/batch/result.py" line="242" />
      <source>Settled.</source>
      <translation>Réglé.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="270" />
      <source>SHIFT REPORT</source>
      <translation>RAPPORT DE SERVICE</translation>
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
      <location filename="../../posapp/printing/receipts.py" line="302" />
      <source>Signature: ____________________</source>
      <translation>Signature : ____________________</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="227" />
      <source>Slips not printed: %1 The paycodes are safe; use Print again or History.</source>
      <translation>Tickets non imprimés : %1 Les codes sont conservés ; utilisez Réimprimer ou l'Historique.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="231" />
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
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="111" />
      <source>Step %1 of %2</source>
      <translation>Étape %1 sur %2</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="369" />
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
      <location filename="../../posapp/printing/receipts.py" line="248" />
      <source>Surcharge</source>
      <translation>Frais de retrait</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/result.py" line="208" />
      <source>Surcharge %1</source>
      <translation>Frais de retrait %1</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="120" />
      <source>Tariff</source>
      <translation>Tarif</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="368" />
      <source>Technician</source>
      <translation>Technicien</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="352" />
      <source>Technician and supervisor</source>
      <translation>Technicien et superviseur</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="75" />
      <source>Terminal</source>
      <translation>Terminal</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="147" />
      <source>Terminal and provider ids</source>
      <translation>Identifiants du terminal et des fournisseurs</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="39" />
      <source>Terminal id</source>
      <translation>Identifiant du terminal</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="316" />
      <source>Test &amp;all again</source>
      <translation>&amp;Tout retester</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="195" />
      <source>Test page printed (paper: %1). Check it reads well, then Enter.</source>
      <translation>Page d'essai imprimée (papier : %1). Vérifiez qu'elle se lit bien, puis Entrée.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="301" />
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
      <location filename="../../posapp/ui/setup/pages.py" line="338" />
      <source>Testing...</source>
      <translation>Test en cours...</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="168" />
      <source>That did not work: see the log.</source>
      <translation>Cela n'a pas marché : voir le journal.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="388" />
      <source>The %1's PIN must be 4 to 8 digits.</source>
      <translation>Le PIN (%1) doit avoir de 4 à 8 chiffres.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="390" />
      <source>The %1's two PINs are not the same: type them again.</source>
      <translation>Les deux PIN (%1) ne sont pas identiques : saisissez-les à nouveau.</translation>
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
      <location filename="../../posapp/ui/batch/form.py" line="104" />
      <source>the one-time PIN of every beneficiary without their own</source>
      <translation>le PIN à usage unique des bénéficiaires qui n'en ont pas</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="98" />
      <source>The provider did not accept this payment. %1 is to be handed back to the customer.</source>
      <translation>Le fournisseur n'a pas accepté ce paiement. %1 doit être rendu au client.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="253" />
      <source>The surcharge is charged when the paycode is cashed out. Cash out before it expires.</source>
      <translation>Les frais sont prélevés au retrait. Retirez avant l'expiration.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="353" />
      <source>The technician changes settings; the supervisor opens the drawer, settles sales by hand and closes the day. Each needs a different PIN of 4 to 8 digits.</source>
      <translation>Le technicien modifie les réglages ; le superviseur ouvre le tiroir, règle les ventes à la main et clôture la journée. Chacun a besoin d'un PIN différent de 4 à 8 chiffres.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/wizard.py" line="199" />
      <source>The test page did not print.</source>
      <translation>La page d'essai ne s'est pas imprimée.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="160" />
      <source>This terminal</source>
      <translation>Ce terminal</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="276" />
      <source>To</source>
      <translation>Au</translation>
    </message>
    <message>
      <source>Token</source>
      <translation>Jeton</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/form.py" line="297" />
      <source>Total %1  for %2 paycode(s)</source>
      <translation>Total %1  pour %2 code(s) de retrait</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="286" />
      <source>TOTAL TAKEN</source>
      <translation>TOTAL ENCAISSÉ</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="114" />
      <source>Training or live?</source>
      <translation>Formation ou réel ?</translation>
    </message>
    <message>
      <source>TV SUBSCRIPTION</source>
      <translation>ABONNEMENT TV</translation>
    </message>
    <message>
      <source>TV subscription</source>
      <translation>Abonnement TV</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="386" />
      <source>Type the %1's name.</source>
      <translation>Saisissez le nom (%1).</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/batch/screen.py" line="260" />
      <source>Type the paycodes the portal shows, in beneficiary order.</source>
      <translation>Saisissez les codes affichés par le portail, dans l'ordre des bénéficiaires.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="213" />
      <source>Type this terminal's id.</source>
      <translation>Saisissez l'identifiant de ce terminal.</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/lock.py" line="26" />
      <source>Type your PIN and press Enter.</source>
      <translation>Saisissez votre PIN et appuyez sur Entrée.</translation>
    </message>
    <message>
      <location filename="../../posapp/printing/receipts.py" line="116" />
      <source>Units (kWh)</source>
      <translation>Unités (kWh)</translation>
    </message>
    <message>
      <source>USB</source>
      <translation>USB</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="251" />
      <source>USB product id (hex)</source>
      <translation>ID produit USB (hex)</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/setup/pages.py" line="250" />
      <source>USB vendor id (hex)</source>
      <translation>ID fabricant USB (hex)</translation>
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
      <location filename="../../posapp/ui/batch/result.py" line="258" />
      <source>Waiting for Interswitch's answer...</source>
      <translation>En attente de la réponse d'Interswitch...</translation>
    </message>
    <message>
      <source>Wallet ref</source>
      <translation>Réf. portefeuille</translation>
    </message>
    <message>
      <source>Windows printer</source>
      <translation>Imprimante Windows</translation>
    </message>
    <message>
      <location filename="../../posapp/ui/lock.py" line="48" />
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
      <location filename="../../posapp/printing/receipts.py" line="270" />
      <source>Z REPORT No %1</source>
      <translation>RAPPORT Z N° %1</translation>
    </message>
  </context>
</TS>
