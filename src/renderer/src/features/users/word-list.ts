/**
 * 256 everyday words for generated temporary passwords: easy to read out and type, distinct from
 * one another, and chosen to be neutral (nothing about harm, bodies or conflict) for the people
 * who will be given them. 256 words = 8 bits each.
 */
export const PASSPHRASE_WORDS: readonly string[] = [
  'acorn', 'apple', 'april', 'almond', 'autumn', 'badge', 'bakery', 'balcony', 'bamboo', 'banana', 'basket',
  'beach', 'beacon', 'berry', 'bicycle', 'biscuit', 'blanket', 'blossom', 'bottle', 'breeze', 'brick',
  'bridge', 'bright', 'brook', 'bubble', 'bucket', 'butter', 'button', 'cabin', 'cactus', 'camera', 'candle',
  'canoe', 'canvas', 'carpet', 'carrot', 'castle', 'cedar', 'cellar', 'chalk', 'cherry', 'chimney', 'cinema',
  'circle', 'clover', 'cobble', 'cocoa', 'coffee', 'comet', 'copper', 'cotton', 'country', 'cradle',
  'crayon', 'cricket', 'crystal', 'cupboard', 'curtain', 'daisy', 'dawn', 'desert', 'diary', 'dolphin',
  'domino', 'donkey', 'dragonfly', 'drawer', 'dream', 'eagle', 'easel', 'echo', 'emerald', 'ember', 'engine',
  'evening', 'fabric', 'falcon', 'feather', 'fern', 'ferry', 'fiddle', 'field', 'finch', 'flannel', 'flute',
  'forest', 'fountain', 'fox', 'garden', 'garlic', 'gentle', 'ginger', 'glacier', 'globe', 'goose',
  'granite', 'grape', 'gravel', 'guitar', 'hammock', 'harbour', 'harvest', 'hazel', 'heather', 'hedge',
  'helmet', 'heron', 'hill', 'honey', 'horizon', 'island', 'ivory', 'jacket', 'jasmine', 'jigsaw', 'journey',
  'jumper', 'kettle', 'kitten', 'kiwi', 'ladder', 'lagoon', 'lantern', 'laurel', 'lavender', 'lemon',
  'letter', 'library', 'lily', 'linen', 'lobster', 'locket', 'lunar', 'magnet', 'mango', 'maple', 'marble',
  'meadow', 'melon', 'mitten', 'morning', 'mosaic', 'moss', 'mountain', 'muffin', 'museum', 'napkin',
  'nectar', 'needle', 'nutmeg', 'oak', 'oasis', 'ocean', 'olive', 'onion', 'orange', 'orchard', 'orchid',
  'otter', 'owl', 'paddle', 'paper', 'parcel', 'parrot', 'pasta', 'peach', 'peanut', 'pebble', 'pencil',
  'pepper', 'piano', 'picnic', 'pillow', 'pine', 'planet', 'plum', 'pocket', 'pony', 'poppy', 'porch',
  'potato', 'puffin', 'pumpkin', 'puzzle', 'quartz', 'quilt', 'rabbit', 'radio', 'raisin', 'rainbow',
  'raven', 'reed', 'ribbon', 'river', 'robin', 'rocket', 'saddle', 'saffron', 'sailor', 'salmon', 'sandal',
  'satchel', 'scarf', 'seashell', 'shadow', 'shelf', 'silver', 'sketch', 'sleigh', 'slipper', 'snail',
  'sparrow', 'spinach', 'spring', 'squirrel', 'starling', 'station', 'statue', 'summer', 'sunset', 'swallow',
  'teapot', 'thistle', 'thunder', 'ticket', 'timber', 'toffee', 'tomato', 'towel', 'tractor', 'trumpet',
  'tulip', 'tunnel', 'turnip', 'umbrella', 'valley', 'velvet', 'violet', 'voyage', 'wagon', 'walnut',
  'water', 'whistle', 'willow', 'window', 'winter', 'wizard', 'wool', 'yacht', 'yellow', 'yogurt', 'zebra',
  'meadowlark', 'breadcrumb', 'cottage', 'harp',
];
