/** What every regjeringen.no replica page wraps its content in: header, mega menu, share links, cookie banner, footer. */
import { escapeHtml } from './common.js';

/** Non-ASCII as hexadecimal references, as the real templates write many attribute and text values. */
export function hexRefs(text: string): string {
  return escapeHtml(text).replace(/[^\x00-\x7f]/g, (char) => `&#x${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()};`);
}

const shareLinks = (url: string, title: string): string => {
  const encoded = encodeURIComponent(url).toLowerCase();
  return `<ul class="sharePrint">
        <li class="sharing" data-doc-action="share">
<button id="sharing_label" class="sharing-toggle" data-sharing-toggler aria-controls="sharing_panel" aria-expanded="false">Del</button>
<div id="sharing_panel" class="sharing-panel" data-sharing-panel="">
    <p class="sharing-title">Del</p>
    <ul class="socialmedia_linklist">
        <li><a href="https://www.facebook.com/sharer.php?u=${encoded}" class="Facebook">Facebook</a></li>
        <li><a href="https://twitter.com/share?url=${encoded}" class="X">X/Twitter</a></li>
        <li><a href="https://www.linkedin.com/shareArticle?mini=true&amp;url=${encoded}" class="Linkedin">LinkedIn</a></li>
        <li><a href="mailto:?subject=${encodeURIComponent(`Tips frå regjeringa.no: ${title}`)}&amp;body=${encoded}" class="email">Epost</a></li>
    </ul>
    <button title="Lukk" class="closeButton" data-toggle="[data-sharing-panel]"><span class="visuallyhidden">Lukk</span></button>
</div>
        </li>
        <li class="print" data-doc-action="print"><button type="button" class="print-page" data-print-page="">Skriv ut</button></li>
    </ul>`;
};

const cookieBanner = `<div id="cb_wrapper-std" class="cookie_banner_wrapper not-selectable" data-nosnippet>
    <div id="std-elm"><div id="cookieApiData"></div></div>
</div>
<div id="cookiebannerInfo" class="cookiebannerInfo" data-consentname="_consent" data-svarbaseurl="https://svar.regjeringen.no" data-bannertitle="Regjeringa.no" data-nosnippet></div>
        <a id="top-of-page" tabindex="-1"></a>`;

export function pageHeader(pageUrl: string, pageTitle: string, crumbs: string): string {
  return `${cookieBanner}
    <a href="#mainContent" class="skipLink">Til hovedinnhald</a>
<header class="pageHeader ">
    <div class="hygieneMenuWrapper">
<nav class="hygieneMenu" aria-label='Globale verktøy' data-hygiene-menu>
    <ul>
        <li class="language" data-nav="lang_selector">
            <button type="button" id="languageSelectorTrigger" aria-controls="languageSelector" class="language-selector-trigger flag nor"><span>Norsk</span></button>
            <ul id="languageSelector" class="custom-language-selector" aria-labelledby="languageSelectorTrigger">
                <li class="first-in-group"><a href="/en/find-document/consultations/id1763/" class="flag eng" lang="en-GB">Show this page in English</a></li>
                <li class="first-in-group last-in-group"><a href="/se/finn-dokument/gulaskuddamat-/id1763/" class="flag sme" lang="se-NO">&#x10C;&#xE1;jet d&#xE1;n siiddu s&#xE1;megillii</a></li>
            </ul>
        </li>
    </ul>
</nav>
    </div>
    <div class="pageHeaderUpper"><div class="logoWrapper">
<div class="logo"><span><a href="/no/id4/">Regjeringa.no<span></span></a></span></div>
        <button type="button" class="menuToggler" data-toggle-menu aria-expanded="false">Meny</button>
    </div></div>
    <nav class="megaMenu" aria-label="Hovedmeny">
        <ul>
            <li class="megaMenuItem"><a href="/no/tema/id208/" class="primaryMenuItem  hasDropdown" id="megamenupanel_0_label" role="button" aria-controls="megamenupanel_0">Tema</a>
<div class="megamenupanel_listing" id="megamenupanel_0" tabindex="-1" data-megamenu-target><ul class="columnize">
    <li><a href="/no/tema/arbeidsliv/id210/">Arbeidsliv</a></li>
    <li><a href="/no/tema/innvandring-og-integrering/id918/">Innvandring og integrering</a></li>
    <li><a href="/no/tema/lov-og-rett/id923/">Lov og rett</a></li>
    <li><a href="/no/tema/ukraina/id2905202/">Ukraina</a></li>
</ul></div></li>
            <li class="megaMenuItem"><a href="/no/dokument/id2000006/" class="primaryMenuItem  hasDropdown" id="megamenupanel_1_label" role="button" aria-controls="megamenupanel_1">Dokument</a>
<div class="megamenupanel_listing" id="megamenupanel_1" tabindex="-1" data-megamenu-target><ul>
    <li><a href="/no/dokument/hoyringar/id1763/">Høyringar</a></li>
    <li><a href="/no/dokument/prop/id1753/">Proposisjonar til Stortinget</a></li>
    <li><a href="/no/dokument/meldst/id1754/">Meldingar til Stortinget</a></li>
    <li><a href="/no/dokument/nou-ar/id1767/">NOU-ar</a></li>
    <li><a href="/no/dokument/rundskriv/id1762/">Rundskriv</a></li>
</ul></div></li>
            <li class="megaMenuItem"><a href="/no/aktuelt/id1150/" class="primaryMenuItem  hasDropdown" id="megamenupanel_2_label" role="button" aria-controls="megamenupanel_2">Aktuelt</a>
<div class="megamenupanel_listing" id="megamenupanel_2" tabindex="-1" data-megamenu-target><ul>
    <li><a href="/no/aktuelt/nyheter/id2006120/">Nyheter og pressemeldinger</a></li>
    <li><a href="/no/aktuelt/offisielt-fra-statsrad/offisielt-fra-statsrad1/id30297/">Offisielt frå statsrådet</a></li>
</ul></div></li>
            <li class="megaMenuItem"><a href="/no/dep/id933/" class="primaryMenuItem  hasDropdown" id="megamenupanel_3_label" role="button" aria-controls="megamenupanel_3">Departement</a>
<div class="megamenupanel_departementene" id="megamenupanel_3" tabindex="-1" data-megamenu-target><ul>
    <li><a href="/no/dep/jd/id463/" class="dep-title">Justis- og beredskapsdepartementet</a>
        <a href="/no/dep/jd/org/justis-og-beredskapsminister-astri-aas-hansen/id3086325/" class="dep-minister">Astri Aas-Hansen (Ap)</a></li>
    <li><a href="/no/dep/aid/id165/" class="dep-title">Arbeids- og inkluderingsdepartementet</a>
        <a href="/no/dep/aid/om-arbeids-og-inkluderingsdepartementet/arbeids-og-inkluderingsminister-kjersti-stenseng/id3119047/" class="dep-minister">Kjersti Stenseng (Ap)</a></li>
</ul></div></li>
        </ul>
    </nav>
             <div class="breadcrumbsWrapper">
    <nav class="breadcrumbs no-nav-mob" data-nav="breadcrumb">
        <h2 id="breadcrumbs-label" class="breadcrumbs-label hide-for-desktop" aria-label="Du er her:">Du er her:</h2>
        <ul aria-labelledby="breadcrumbs-label">
            <li class="breadcrumb-item"><a href="/no/id4/" class="breadcrumb-item__text"><span>Forsida</span></a></li>
            <li class="breadcrumb-item"><a href="/no/dokument/id2000006/" class="breadcrumb-item__text"><span>Dokument</span></a></li>
            ${crumbs}
        </ul>
    </nav>
${shareLinks(pageUrl, pageTitle)}
            </div>
</header>
<div class="megaMenuOverlay" data-megamenu-overlay></div>`;
}

export const footer = `<footer class="page-footer">
    <div class="wrapper"><div class="clearfix">
            <div class="col"><div class="logo"><a href="/">Regjeringa.no<span></span></a></div></div>
            <div class="col">
                <h2 class="title fw-500">Om nettstaden</h2>
<ul class="link-list ">
        <li><a href="/no/om-nettstedet/personvernerklaring/id650340/">Personvernerkl&#xE6;ring for  regjeringen.no</a></li>
        <li><a href="/no/dokument/hoyringar/id1763/?cedit=true" rel="nofollow">Administrer informasjonskapsler</a></li>
        <li><a href="/no/om-nettstedet/nyhetsvarsel/id2580650/">Nyhetsvarsel</a></li>
        <li><a href="/no/om-nettstedet/hjelp/rss/id476715/">RSS</a></li>
</ul>
            </div>
            <div class="col"><p>Departementenes digitaliseringsorganisasjon (DIO)</p><ul class="link-list"><li><a href="/no/kontakt/id224637/">Kontaktinformasjon</a></li></ul></div>
    </div></div>
</footer>
    <script src="/dist-web/js/vendor/combined/jquery-combined-scripts.js?v=202606173_211653"></script>
    <script type="module" src="/dist-web/js/bundle-footer-scripts.js?v=202606173_211653"></script>`;

export const headCommon = `<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="consent.ver" content="20250221">
<link rel="stylesheet" href="/dist-web/css/main.css?v=202606173_211653" type="text/css">`;
