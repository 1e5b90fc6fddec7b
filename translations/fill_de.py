#!/usr/bin/env python3
"""Fills German translations into a Qt .ts file from a dictionary file (english<TAB>german per line, from one or more files;
plural forms separated by ' || '). Used when adding strings: run lupdate, add the German lines, run this."""
import sys
import xml.etree.ElementTree as ET

ts_path, dict_paths = sys.argv[1], sys.argv[2:]
german = {}
for line in (l for path in dict_paths for l in open(path, encoding='utf-8')):
    line = line.rstrip('\n')
    if line and not line.startswith('#'):
        english, translation = line.split('\t', 1)
        german[english] = translation
tree = ET.parse(ts_path)
missing = []
for message in tree.getroot().iter('message'):
    source = message.find('source').text
    translation = message.find('translation')
    if source not in german:
        missing.append(source)
        continue
    translation.attrib.pop('type', None)
    for child in list(translation):
        translation.remove(child)
    if message.get('numerus') == 'yes':
        translation.text = None
        for form in german[source].split(' || '):
            ET.SubElement(translation, 'numerusform').text = form
    else:
        translation.text = german[source]
tree.write(ts_path, encoding='utf-8', xml_declaration=True)
if missing:
    sys.exit('no German for:\n  ' + '\n  '.join(missing))
